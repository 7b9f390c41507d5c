using EntityGraph.Silo.Hosting;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>
/// A temp folder with a tiny real NER model (ALL-CAPS words are ORG, Title-case words PER, English routed,
/// everything else on the fallback) and settings that point the commands at it.
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Directory.CreateTempSubdirectory("entitygraph-cli-").FullName;
        var models = Path.Combine(Root, "models");
        TinyNerModel.Create(models, ["en"]);
        Settings = new HostSettings
        {
            Overrides = new Dictionary<string, string?>
            {
                ["EntityGraph:Ner:ModelsDirectory"] = models,
                ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            },
        };
    }

    public string Root { get; }

    public HostSettings Settings { get; }

    /// <summary>A new empty folder under the workspace.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
