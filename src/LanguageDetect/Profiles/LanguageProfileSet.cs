using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>All n-gram models of a profile file, found by the script they cover.</summary>
internal sealed class LanguageProfileSet
{
    public const string ResourceName = "EntityGraph.LanguageDetect.Profiles.profiles.bin";

    private readonly Dictionary<WritingScript, LanguageModel> _byScript = [];

    public LanguageProfileSet(IReadOnlyList<LanguageModel> models)
    {
        Models = models;
        Refinements = models.Where(m => m.Kind == ModelKind.Refinement).ToArray();
        foreach (var model in models.Where(m => m.Kind == ModelKind.Primary))
        {
            foreach (var script in model.Scripts.Scripts())
            {
                if (!_byScript.TryAdd(script, model))
                {
                    throw new ArgumentException($"Script {script} is covered by both {_byScript[script].Name} and {model.Name}.", nameof(models));
                }
            }
        }
    }

    public IReadOnlyList<LanguageModel> Models { get; }

    public IReadOnlyList<LanguageModel> Refinements { get; }

    public LanguageModel? ModelFor(WritingScript script) => _byScript.GetValueOrDefault(script);

    /// <summary>The refinement model that re-decides <paramref name="language"/> within <paramref name="primary"/>'s scripts, or null.</summary>
    public LanguageModel? RefinementFor(LanguageModel primary, string language) =>
        Refinements.FirstOrDefault(r => r.Scripts == primary.Scripts && r.Languages.Contains(language));

    /// <summary>Every language the models and the script table can name, sorted.</summary>
    public IReadOnlyList<string> Languages() =>
        Models.SelectMany(m => m.Languages).Concat(ScriptLanguages.Languages).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static LanguageProfileSet LoadEmbedded()
    {
        using var stream = typeof(LanguageProfileSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new LanguageProfileFormatException(
                $"The embedded resource {ResourceName} is missing; build it with entitygraph-langprofiles (src/LanguageDetect.ProfileBuilder).");
        return LanguageProfileSerializer.Read(stream);
    }

    public static LanguageProfileSet LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new LanguageProfileFormatException($"Language profile file '{path}' does not exist.");
        }

        using var stream = File.OpenRead(path);
        return LanguageProfileSerializer.Read(stream);
    }
}
