using System.Text;

namespace EntityGraph.Documents.Internal;

/// <summary>Builds titles: whitespace collapsed, at most <see cref="MaxLength"/> characters.</summary>
internal static class TitleText
{
    /// <summary>The longest title handed out.</summary>
    public const int MaxLength = 200;

    /// <summary>Collapses whitespace, trims and cuts <paramref name="value"/>; null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxLength + 1));
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > MaxLength)
            {
                break;
            }
        }

        if (builder.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(builder[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            builder.Length = cut;
        }

        var title = builder.ToString().TrimEnd();
        return title.Length == 0 ? null : title;
    }

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
