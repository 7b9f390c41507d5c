using Microsoft.Extensions.FileSystemGlobbing;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Expands ingest paths with wildcards ("docs/*.pdf", "mail/**/*.eml", "*.jsonl") into the files they match, in
/// ordinal order; paths without wildcards pass through unchanged (a folder is read recursively later). A pattern that
/// matches nothing stays as it is, so the reader reports it as not found.
/// </summary>
public static class PathExpander
{
    private static readonly char[] Wildcards = ['*', '?'];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var expanded = new List<string>();
        foreach (var path in paths)
        {
            if (path.IndexOfAny(Wildcards) < 0)
            {
                expanded.Add(path);
                continue;
            }

            var (root, pattern) = Split(path);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            var matches = Directory.Exists(root)
                ? matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList()
                : [];
            expanded.AddRange(matches.Count > 0 ? matches : [path]);
        }

        return expanded;
    }

    /// <summary>The folder before the first segment with a wildcard, and the pattern relative to it.</summary>
    private static (string Root, string Pattern) Split(string path)
    {
        var normalized = path.Replace('\\', '/');
        var segments = normalized.Split('/');
        var first = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        var root = string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = normalized.StartsWith('/') ? "/" : ".";
        }

        return (root, string.Join('/', segments[first..]));
    }
}
