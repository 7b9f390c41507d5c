namespace EntityGraph.Documents.Internal;

/// <summary>Line-break normalisation: every format hands out text with <c>\n</c> line breaks only.</summary>
internal static class LineBreaks
{
    /// <summary>Turns <c>\r\n</c> and lone <c>\r</c> into <c>\n</c>.</summary>
    public static string Normalize(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
