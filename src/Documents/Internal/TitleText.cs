namespace EntityGraph.Documents.Internal;

/// <summary>Builds titles: one line (<see cref="SingleLineText"/>), at most <see cref="MaxLength"/> characters.</summary>
internal static class TitleText
{
    /// <summary>The longest title handed out.</summary>
    public const int MaxLength = 200;

    /// <summary>Collapses whitespace, trims and cuts <paramref name="value"/>; null when nothing is left.</summary>
    public static string? Clean(string? value) => SingleLineText.Clean(value, MaxLength);

    /// <summary>The first non-blank line of <paramref name="text"/>, cleaned; null when there is none.</summary>
    public static string? FromFirstLine(string text) => Clean(FirstNonBlankLine(text));

    /// <summary>The first non-blank line of markdown text without its leading <c>#</c> marks (and closing ones).</summary>
    public static string? FromMarkdown(string text)
    {
        var line = FirstNonBlankLine(text);
        if (line is null)
        {
            return null;
        }

        var trimmed = line.Trim();
        if (trimmed.StartsWith('#'))
        {
            trimmed = trimmed.TrimStart('#');
            var closing = trimmed.TrimEnd().TrimEnd('#');
            if (closing.Length == 0 || char.IsWhiteSpace(closing[^1]))
            {
                trimmed = closing;
            }
        }

        return Clean(trimmed);
    }

    private static string? FirstNonBlankLine(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text[range];
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }
        }

        return null;
    }
}
