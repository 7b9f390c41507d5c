using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Mentions;

/// <summary>
/// Boundary repair of a named-entity span before linking, limited to what is wrong under every annotation convention of
/// the dev sets (WikiANN keeps lower-case words, quotes and brackets inside names, "Московская область", "(film)"; CoNLL
/// tags lower-case adjectives, "deutschen"; both were measured, and rules that cost either were left out). Per
/// whitespace token at the edges of the span:
/// <list type="bullet">
/// <item>a leading or trailing word in another script than the rest of the name goes ("وتمول Banco Solara"), unless it is
/// one letter or a Roman numeral ("Павла I", "XIII чемпионат");</item>
/// <item>a leading lower-case function word of the span's language (<see cref="FunctionWords"/>) before a capitalized word
/// goes ("de Nordwind Energy", "в Москве"), except a person's name particle ("de Vries", "van Gogh"); in a script without
/// case, a leading function word goes ("في دبي");</item>
/// <item>a trailing function word of one letter goes ("Nordwind Energy e"), and so does a comma, semicolon or colon glued
/// to the last word.</item>
/// </list>
/// A span that loses words and keeps no capital in a cased script is not a name and is dropped. Value types (dates,
/// amounts, contact details) are never changed. Offsets stay offsets into the original text.
/// </summary>
public static class SpanRepair
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ten", "ter", "zu",
        "le", "la", "al", "el", "bin", "ibn", "af", "av", "y",
    };

    private const string TrailingPunctuation = ",;:";

    /// <summary>
    /// The repaired span of <c>text[start..end]</c> for a mention of <paramref name="type"/> in <paramref name="language"/>:
    /// the same span when nothing is wrong, a shorter one, or null when no name is left.
    /// </summary>
    public static (int Start, int End)? Repair(string text, int start, int end, string type, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        if (start < 0 || end > text.Length || end <= start || !EntityTypes.IsNamed(type))
        {
            return (start, end);
        }

        var tokens = Tokens(text, start, end);
        var person = EntityTypes.IsPerson(type);
        var lang = language ?? string.Empty;
        var changed = false;
        while (tokens.Count > 0 && (TrimPunctuation(text, tokens) | TrimLeading(text, tokens, lang, person) | TrimTrailing(text, tokens, lang)))
        {
            changed = true;
        }

        if (tokens.Count == 0 || (changed && !tokens.Any(token => NameShape.IsProperName(text.AsSpan(token.Start, token.End - token.Start)))))
        {
            return null;
        }

        return (tokens[0].Start, tokens[^1].End);
    }

    private static bool TrimLeading(string text, List<(int Start, int End)> tokens, string language, bool person)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var first = Word(text, tokens[0]);
        var next = Word(text, tokens[1]);
        var remove = OffScript(text, tokens, 0)
            || (IsLowerWord(first) && FunctionWords.Contains(language, first) && StartsUpper(next) && !(person && NameParticles.Contains(first)))
            || (!HasCase(first) && HasLetter(first) && FunctionWords.Contains(language, first));
        if (remove)
        {
            tokens.RemoveAt(0);
        }

        return remove;
    }

    private static bool TrimTrailing(string text, List<(int Start, int End)> tokens, string language)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var last = Word(text, tokens[^1]);
        var remove = OffScript(text, tokens, tokens.Count - 1) || (last.Length == 1 && IsLowerWord(last) && FunctionWords.Contains(language, last));
        if (remove)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return remove;
    }

    /// <summary>A comma, colon or semicolon glued to the last word goes ("Logistics,"); one standing alone is a token WikiANN keeps.</summary>
    private static bool TrimPunctuation(string text, List<(int Start, int End)> tokens)
    {
        var (start, end) = tokens[^1];
        if (end - start < 2 || !TrailingPunctuation.Contains(text[end - 1], StringComparison.Ordinal))
        {
            return false;
        }

        tokens[^1] = (start, end - 1);
        return true;
    }

    private static bool IsRomanNumeral(string word) => word.All(c => "IVXLCDM".Contains(c, StringComparison.Ordinal));

    private static List<(int Start, int End)> Tokens(string text, int start, int end)
    {
        var tokens = new List<(int Start, int End)>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var tokenStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > tokenStart)
            {
                tokens.Add((tokenStart, i));
            }
        }

        return tokens;
    }

    private static string Word(string text, (int Start, int End) token) => text[token.Start..token.End];

    /// <summary>A word with letters of a cased script and no capital: a common word, not a name.</summary>
    private static bool IsLowerWord(string word) => HasCase(word) && !word.Any(char.IsUpper) && !word.Any(char.IsDigit);

    private static bool HasCase(string word) => word.Any(c => char.IsUpper(c) || char.IsLower(c));

    private static bool HasLetter(string word) => word.Any(char.IsLetter);

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// True when the token at <paramref name="index"/> is alphabetic in another script than the name's: the script of most
    /// of its tokens, on a tie the one whose token is capitalized ("وتمول Banco Solara" is a Latin name).
    /// </summary>
    private static bool OffScript(string text, List<(int Start, int End)> tokens, int index)
    {
        var scripts = tokens.Select(token => (Script: Script(Word(text, token)), Capital: StartsUpper(Word(text, token)))).ToList();
        var mine = scripts[index].Script;
        var word = Word(text, tokens[index]);
        if (mine is Scripts.None or Scripts.Ideographic || word.Count(char.IsLetter) < 2 || IsRomanNumeral(word))
        {
            // One letter or a Roman numeral in another script belongs to names ("Павла I", "Сегунда B", "XIII чемпионат").
            return false;
        }

        var dominant = scripts
            .Where(s => s.Script is not Scripts.None and not Scripts.Ideographic)
            .GroupBy(s => s.Script)
            .OrderByDescending(group => group.Count())
            .ThenByDescending(group => group.Any(s => s.Capital))
            .First().Key;
        return mine != dominant;
    }

    private static Scripts Script(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.ModifierLetter)
            {
                return c switch
                {
                    < '\u0370' or (>= '\u1E00' and <= '\u1EFF') => Scripts.Latin,
                    >= '\u0370' and <= '\u03FF' => Scripts.Greek,
                    >= '\u0400' and <= '\u052F' => Scripts.Cyrillic,
                    >= '\u0590' and <= '\u05FF' => Scripts.Hebrew,
                    (>= '\u0600' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => Scripts.Arabic,
                    >= '\u0900' and <= '\u0DFF' => Scripts.Indic,
                    >= '\u2E80' => Scripts.Ideographic,
                    _ => Scripts.Other,
                };
            }
        }

        return Scripts.None;
    }

    private enum Scripts
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        Indic,
        Ideographic,
        Other,
    }
}
