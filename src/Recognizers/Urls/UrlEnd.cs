namespace EntityGraph.Recognizers.Urls;

/// <summary>Drops what a URL match picked up from the surrounding sentence: trailing punctuation and unbalanced closing brackets.</summary>
internal static class UrlEnd
{
    private const string TrailingPunctuation = ".,;:!?'\"’”»*";

    public static int Trim(string text, int start, int end)
    {
        while (end > start)
        {
            var last = text[end - 1];
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal))
            {
                end--;
                continue;
            }

            var opener = last switch { ')' => '(', ']' => '[', '}' => '{', _ => '\0' };
            if (opener != '\0' && Count(text, start, end, last) > Count(text, start, end, opener))
            {
                end--;
                continue;
            }

            return end;
        }

        return end;
    }

    private static int Count(string text, int start, int end, char c) => text.AsSpan(start, end - start).Count(c);
}
