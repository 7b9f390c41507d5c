using System.Text;

namespace EntityGraph.Documents.Internal;

/// <summary>
/// Makes one clean line of text from a value a file supplied (a title, a subject, an author): whitespace and control
/// characters collapsed to single spaces, replacement characters (U+FFFD) and unpaired surrogates dropped, trimmed and cut.
/// </summary>
internal static class SingleLineText
{
    /// <summary>The longest metadata value taken from a file (a subject, an author, a list of addresses).</summary>
    public const int MetadataMaxLength = 1_000;

    /// <summary>Sets <paramref name="name"/> to the cleaned <paramref name="value"/> (at most <see cref="MetadataMaxLength"/> characters) unless nothing is left of it.</summary>
    public static void AddMetadata(IDictionary<string, string> metadata, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (Clean(value, MetadataMaxLength) is { } clean)
        {
            metadata[name] = clean;
        }
    }

    /// <summary>The cleaned value, at most <paramref name="maxLength"/> characters (never ending in half a surrogate pair); null when nothing is left.</summary>
    public static string? Clean(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        var pendingSpace = false;
        for (var i = 0; i < value.Length && builder.Length <= maxLength; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (c == '\uFFFD' || (char.IsSurrogate(c) && !pair))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (pair)
            {
                builder.Append(value[++i]);
            }
        }

        if (builder.Length > maxLength)
        {
            builder.Length = char.IsHighSurrogate(builder[maxLength - 1]) ? maxLength - 1 : maxLength;
        }

        var line = builder.ToString().TrimEnd();
        return line.Length == 0 ? null : line;
    }
}
