namespace EntityGraph.LanguageDetect.Segmentation;

/// <summary>Cuts text into lines and sentences that tile it exactly: every character belongs to one piece.</summary>
internal static class TextSplitter
{
    /// <summary>Lines, each with its line break (\r\n, \n, \r, U+0085, U+2028, U+2029) at its end.</summary>
    public static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add((start, text.Length));
        }

        return lines;
    }

    /// <summary>
    /// Sentences of text[start..end): a piece ends after . ! ? or … (plus closing quotes or brackets) followed by
    /// white space, or after a full-width 。！？ with no space needed; trailing white space stays with the sentence.
    /// </summary>
    public static List<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var sentences = new List<(int, int)>();
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var wide = c is '。' or '！' or '？' or '｡';
            if (!wide && c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && IsTerminatorOrCloser(text[j]))
            {
                j++;
            }

            var afterClosers = j;
            while (j < end && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if ((wide || j > afterClosers) && j < end)
            {
                sentences.Add((sentenceStart, j));
                sentenceStart = j;
            }

            i = j;
        }

        if (sentenceStart < end)
        {
            sentences.Add((sentenceStart, end));
        }

        return sentences;
    }

    private static bool IsTerminatorOrCloser(char c) => c is
        '.' or '!' or '?' or '…' or '。' or '！' or '？' or '｡' or
        '"' or '\'' or ')' or ']' or '»' or '”' or '’' or '」' or '』' or '）' or '】' or '〕';
}
