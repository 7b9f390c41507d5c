namespace EntityGraph.Export.Feedback;

/// <summary>The formats reviewed documents are exported in as training data.</summary>
public static class FeedbackFormats
{
    /// <summary>One document a line: {"id", "language", "domain", "text", "entities": [{"start", "end", "type"}]}, UTF-16 offsets.</summary>
    public const string Jsonl = "jsonl";

    /// <summary>The project's words, one "word\tTAG" line each (IOB2 tags), a blank line after each sentence.</summary>
    public const string Iob2 = "iob2";

    public static IReadOnlyList<string> All { get; } = [Jsonl, Iob2];
}
