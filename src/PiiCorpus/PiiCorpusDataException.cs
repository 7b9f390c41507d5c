namespace EntityGraph.PiiCorpus;

/// <summary>A corpus or prediction file that cannot be used: malformed JSONL, inconsistent offsets, unknown ids.</summary>
public sealed class PiiCorpusDataException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with "SOURCE:LINE: " when those are known.</summary>
    public PiiCorpusDataException(string message, string? source = null, int? lineNumber = null, Exception? inner = null)
        : base(Prefix(source, lineNumber) + message, inner)
    {
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>The file or stream name, when known.</summary>
    public new string? Source { get; }

    /// <summary>The 1-based line number, when known.</summary>
    public int? LineNumber { get; }

    private static string Prefix(string? source, int? lineNumber) => (source, lineNumber) switch
    {
        (null, null) => string.Empty,
        (null, { } line) => $"line {line}: ",
        ({ } s, null) => $"{s}: ",
        ({ } s, { } line) => $"{s}:{line}: ",
    };
}
