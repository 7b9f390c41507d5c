using System.Globalization;
using System.Text;
using EntityGraph.Text;

namespace EntityGraph.Linking.InDocument;

/// <summary>
/// Acronyms and their expansions, compared letter by letter in the original script with diacritics removed:
/// "ECB" expands "European Central Bank", "EZB" "Europäische Zentralbank" (letters inside a compound word count),
/// "ЕЦБ" "Европейский центральный банк", "OTAN" "Organisation du traité de l'Atlantique nord" (short function words skipped).
/// </summary>
internal static class Acronyms
{
    private const int MaxInnerLetters = 2;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an",
        "und", "der", "die", "das", "des", "dem", "den", "fur", "von", "vom", "zu", "zur", "zum", "im", "am",
        "de", "du", "la", "le", "les", "l", "d", "et", "del", "los", "las", "y", "e", "el", "en",
        "da", "do", "dos", "di", "della", "dello", "degli", "delle", "il", "lo", "gli",
        "van", "het", "voor", "och", "af", "i", "og", "z", "w", "na", "dla", "v", "po", "dlya", "s", "pri",
    };

    /// <summary>True for 2 to 8 letters (dots allowed between them) with at least two capitals and no spaces: "ECB", "U.S.", "BaFin".</summary>
    public static bool LooksLikeAcronym(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var trimmed = surface.Trim();
        var letters = 0;
        var capitals = 0;
        foreach (var c in trimmed)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
            else if (c is not '.' and not '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8 && capitals >= 2;
    }

    /// <summary>True when the letters of <paramref name="acronym"/> are the initials of the content words of <paramref name="expansion"/>.</summary>
    public static bool Expands(string acronym, string expansion)
    {
        ArgumentNullException.ThrowIfNull(acronym);
        ArgumentNullException.ThrowIfNull(expansion);
        var letters = BaseLetters(acronym);
        var words = Words(expansion);
        if (letters.Length < 2 || words.Count < 2)
        {
            return false;
        }

        var content = words.Where(word => !FunctionWords.Contains(NameFolding.Fold(word))).ToList();
        return (content.Count >= 2 && Match(letters, content, 0, 0, 0)) || Match(letters, words, 0, 0, 0);
    }

    private static bool Match(string letters, IReadOnlyList<string> words, int letter, int word, int inner)
    {
        if (word == words.Count)
        {
            return letter == letters.Length;
        }

        if (letter == letters.Length || letters[letter] != words[word][0])
        {
            return false;
        }

        if (Match(letters, words, letter + 1, word + 1, inner))
        {
            return true;
        }

        var current = words[word];
        var at = 1;
        for (var next = letter + 1; next < letters.Length && inner + (next - letter) <= MaxInnerLetters; next++)
        {
            at = current.IndexOf(letters[next], at);
            if (at < 0)
            {
                return false;
            }

            at++;
            if (Match(letters, words, next + 1, word + 1, inner + (next - letter)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && current.Length > 0)
            {
                words.Add(BaseLetters(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(BaseLetters(current.ToString()));
        }

        return words.Where(word => word.Length > 0).ToList();
    }

    /// <summary>The letters and digits of a text, lower case, without diacritics, in their own script.</summary>
    private static string BaseLetters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
