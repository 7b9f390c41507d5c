namespace EntityGraph.Documents.Internal;

/// <summary>Small factory helpers for <see cref="DocumentReadResult"/>.</summary>
internal static class DocumentResults
{
    /// <summary>A result holding one document and no failures.</summary>
    public static DocumentReadResult Single(ReadDocument document) => new([document], []);
}
