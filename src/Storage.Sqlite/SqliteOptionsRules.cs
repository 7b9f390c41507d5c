using EntityGraph.Storage.Configuration;

namespace EntityGraph.Storage.Sqlite;

/// <summary>What the SQLite backend needs of <see cref="GraphStoreOptions"/>: a folder and a plain file name.</summary>
internal static class SqliteOptionsRules
{
    public static IReadOnlyList<string> Check(GraphStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("EntityGraph:Storage:DataDirectory must name a folder.");
        }
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"EntityGraph:Storage:DataDirectory '{options.DataDirectory}' contains invalid characters.");
        }

        if (string.IsNullOrWhiteSpace(options.FileName))
        {
            failures.Add("EntityGraph:Storage:FileName must name a file.");
        }
        else if (options.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || options.FileName is "." or "..")
        {
            failures.Add($"EntityGraph:Storage:FileName '{options.FileName}' must be a plain file name without folders.");
        }

        return failures;
    }
}
