namespace EntityGraph.Text.Segmentation;

/// <summary>
/// Rule-based sentence boundaries: line breaks, CJK full stops, and . ! ? followed by space and an upper-case letter,
/// digit or quote, except after common abbreviations and single initials. Offsets are UTF-16 into the original text.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep",
        "u.s", "u.k", "z.b", "bzw", "nr", "hr", "fr", "mme", "mlle", "sra", "sr", "dña", "av", "str", "abs", "ca",
    };

    public static List<(int Start, int End)> Split(string text) => Split(text, 0, text.Length);

    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var sentences = new List<(int Start, int End)>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var boundaryAfter = -1;
            if (c is '\n' or '\r' or '\u2029')
            {
                boundaryAfter = i + 1;
            }
            else if (c is '。' or '！' or '？' or '｡')
            {
                boundaryAfter = i + 1;
            }
            else if (c is '.' or '!' or '?' && i + 2 < end && char.IsWhiteSpace(text[i + 1]) && StartsSentence(text, i + 1, end)
                && (c != '.' || !IsAbbreviation(text, sentenceStart, i)))
            {
                boundaryAfter = i + 1;
            }

            if (boundaryAfter > 0)
            {
                Add(text, sentences, sentenceStart, boundaryAfter);
                sentenceStart = boundaryAfter;
            }
        }

        Add(text, sentences, sentenceStart, end);
        return sentences;
    }

    private static bool StartsSentence(string text, int from, int end)
    {
        var i = from;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < end && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '"' or '\'' or '«' or '“' or '(' || !char.IsLower(text[i]) && char.IsLetter(text[i]));
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var i = dot - 1;
        while (i >= sentenceStart && (char.IsLetter(text[i]) || text[i] == '.'))
        {
            i--;
        }

        var word = text.AsSpan(i + 1, dot - i - 1);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word.ToString());
    }

    private static void Add(string text, List<(int Start, int End)> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
