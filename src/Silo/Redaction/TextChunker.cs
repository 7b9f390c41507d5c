namespace EntityGraph.Silo.Redaction;

/// <summary>
/// Cuts a long text into pieces of at most a given length, at a paragraph break where there is one, else at a line
/// break, else at a space, so that no entity is cut in two; the pieces concatenated are the text.
/// </summary>
internal static class TextChunker
{
    public static IReadOnlyList<(int Start, int End)> Split(string text, int maxLength)
    {
        var pieces = new List<(int, int)>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var limit = start + maxLength;
            var cut = Last(text, "\n\n", start, limit) is var paragraph and > 0 ? paragraph + 2
                : Last(text, "\n", start, limit) is var line and > 0 ? line + 1
                : Last(text, " ", start, limit) is var space and > 0 ? space + 1
                : limit;
            if (cut < text.Length && char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }

            pieces.Add((start, cut));
            start = cut;
        }

        pieces.Add((start, text.Length));
        return pieces;
    }

    private static int Last(string text, string separator, int start, int limit)
    {
        var found = text.LastIndexOf(separator, limit - separator.Length, limit - separator.Length - start + 1, StringComparison.Ordinal);
        return found > start ? found : -1;
    }
}
