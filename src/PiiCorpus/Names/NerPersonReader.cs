using System.Text;

namespace EntityGraph.PiiCorpus.Names;

/// <summary>Reads the multi-token PER spans of an IOB2 file (<c>token&lt;TAB&gt;tag</c> per line, blank line between sentences).</summary>
internal static class NerPersonReader
{
    /// <summary>
    /// The PER spans of 2–4 tokens made only of letters (with their combining marks), hyphens, apostrophes and periods,
    /// joined by single spaces.
    /// </summary>
    public static IEnumerable<string> ReadPersons(TextReader reader)
    {
        var tokens = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            var tag = columns.Length >= 2 ? columns[^1].Trim() : "O";
            var token = columns[0].Trim();
            var isPerson = tag is "B-PER" or "I-PER";
            if (tag == "B-PER" || !isPerson || token.Length == 0)
            {
                if (Flush(tokens) is { } name)
                {
                    yield return name;
                }
            }

            if (isPerson && token.Length > 0)
            {
                tokens.Add(token);
            }
        }

        if (Flush(tokens) is { } last)
        {
            yield return last;
        }
    }

    private static string? Flush(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var accepted = tokens.Count is >= 2 and <= 4 && tokens.All(IsNameToken);
        var name = accepted ? string.Join(' ', tokens) : null;
        tokens.Clear();
        return name;
    }

    private static bool IsNameToken(string token)
    {
        var letters = 0;
        foreach (var rune in token.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                letters++;
            }
            else if (!IsCombiningMark(rune) && rune.Value is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return letters > 0;
    }

    /// <summary>Combining accents and vowel signs, which belong to the letter before them.</summary>
    private static bool IsCombiningMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
