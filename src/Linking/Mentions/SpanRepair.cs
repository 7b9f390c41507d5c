using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Mentions;

/// <summary>
/// Boundary repair of a named-entity span before linking. Models trained from scratch take neighbouring words into names
/// ("parques eólicos da Nordwind Energy", "La banque espagnole Banco Solara", "Nordwind Energy e"); the rules, per
/// whitespace token at either edge of the span:
/// <list type="bullet">
/// <item>a token in another script than the rest of the name goes ("وتمول Banco Solara");</item>
/// <item>a word with no capital in a cased script goes (a common noun, or a function word mid-sentence), except a
/// person's name particle before a capitalized word ("de Vries", "van Gogh");</item>
/// <item>a function word of the span's language (<see cref="FunctionWords"/>) goes when it is lower case or the next word is
/// ("La banque ..."), so that "La Paz" and "The Hague" keep theirs; in a script without case, or of one letter
/// ("В Москве"), it always goes;</item>
/// <item>an elided article before a capital goes ("d'Atlas" is "Atlas"); quotes and brackets around the name, an
/// unbalanced closing one, and edge commas, colons and dashes go.</item>
/// </list>
/// A span left with no capital in a cased script is not a name and is dropped ("de la banque", "américain"). Value types
/// (dates, amounts, contact details) are never changed. Offsets stay offsets into the original text.
/// </summary>
public static class SpanRepair
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ten", "ter", "zu",
        "le", "la", "al", "el", "bin", "ibn", "af", "av", "y",
    };

    private const string EdgePunctuation = ",;:-–—·•";
    /// <summary>Opening and closing characters, pair by pair; a symmetric quote opens at the start and closes at the end.</summary>
    private const string Pairs = "()[]{}«»„““”‘’\"\"''";

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
        var changed = true;
        while (changed && tokens.Count > 0)
        {
            changed = TrimPunctuation(text, tokens) | TrimLeading(text, tokens, language ?? string.Empty, person) | TrimTrailing(text, tokens, language ?? string.Empty);
        }

        if (tokens.Count == 0 || !tokens.Any(token => NameShape.IsProperName(text.AsSpan(token.Start, token.End - token.Start))))
        {
            return null;
        }

        return (tokens[0].Start, tokens[^1].End);
    }

    private static bool TrimLeading(string text, List<(int Start, int End)> tokens, string language, bool person)
    {
        if (tokens.Count < 2)
        {
            return TrimElision(text, tokens, language);
        }

        var first = Word(text, tokens[0]);
        var next = Word(text, tokens[1]);
        var last = Word(text, tokens[^1]);
        var remove = OtherScript(first, last)
            || (first.Length == 1 && FunctionWords.Contains(language, first))
            || (!(person && NameParticles.Contains(first) && StartsUpper(next))
                && (IsLowerWord(first)
                    || (FunctionWords.Contains(language, first) && (!HasCase(first) || IsLowerWord(next)))));
        if (remove)
        {
            tokens.RemoveAt(0);
            return true;
        }

        return TrimElision(text, tokens, language);
    }

    private static bool TrimTrailing(string text, List<(int Start, int End)> tokens, string language)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var last = Word(text, tokens[^1]);
        var first = Word(text, tokens[0]);
        if (OtherScript(last, first) || IsLowerWord(last) || (!HasCase(last) && FunctionWords.Contains(language, last)))
        {
            tokens.RemoveAt(tokens.Count - 1);
            return true;
        }

        return false;
    }

    /// <summary>"d'Atlas" → "Atlas", "l’Europe" → "Europe": an elided function word before a capital.</summary>
    private static bool TrimElision(string text, List<(int Start, int End)> tokens, string language)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var (start, end) = tokens[0];
        for (var i = start + 1; i < Math.Min(end - 1, start + 4); i++)
        {
            if ((text[i] == '\'' || text[i] == '’') && char.IsUpper(text[i + 1]) && FunctionWords.Contains(language, string.Concat(text.AsSpan(start, i - start), "'")))
            {
                tokens[0] = (i + 1, end);
                return true;
            }
        }

        return false;
    }

    private static bool TrimPunctuation(string text, List<(int Start, int End)> tokens)
    {
        var changed = false;
        while (tokens.Count > 0)
        {
            var (start, end) = tokens[0];
            var first = text[start];
            var last = text[tokens[^1].End - 1];
            var opener = PairIndex(first, 0);
            if (EdgePunctuation.Contains(first, StringComparison.Ordinal) || opener >= 0)
            {
                // An opening quote or bracket goes; when the last character closes it, that goes as well.
                Shrink(tokens, 0, start + 1, end);
                if (opener >= 0 && tokens.Count > 0 && last == Pairs[opener + 1] && text[tokens[^1].End - 1] == last)
                {
                    Shrink(tokens, tokens.Count - 1, tokens[^1].Start, tokens[^1].End - 1);
                }

                changed = true;
                continue;
            }

            (start, end) = tokens[^1];
            var closer = PairIndex(last, 1);
            if (EdgePunctuation.Contains(last, StringComparison.Ordinal) || (closer > 0 && !Contains(text, tokens, Pairs[closer - 1])))
            {
                Shrink(tokens, tokens.Count - 1, start, end - 1);
                changed = true;
                continue;
            }

            return changed;
        }

        return changed;
    }

    private static void Shrink(List<(int Start, int End)> tokens, int index, int start, int end)
    {
        if (end > start)
        {
            tokens[index] = (start, end);
        }
        else
        {
            tokens.RemoveAt(index);
        }
    }

    /// <summary>Where <paramref name="c"/> is in <see cref="Pairs"/> as an opener (side 0) or a closer (side 1); -1 when it is not.</summary>
    private static int PairIndex(char c, int side)
    {
        for (var i = side; i < Pairs.Length; i += 2)
        {
            if (Pairs[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Contains(string text, List<(int Start, int End)> tokens, char c) =>
        text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start).Contains(c);

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

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>True when both words are alphabetic and written in different scripts ("وتمول" before "Banco").</summary>
    private static bool OtherScript(string word, string other)
    {
        var a = Script(word);
        var b = Script(other);
        return a != Scripts.None && b != Scripts.None && a != Scripts.Ideographic && b != Scripts.Ideographic && a != b;
    }

    private static Scripts Script(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return c switch
                {
                    < '\u0250' or (>= '\u1E00' and <= '\u1EFF') => Scripts.Latin,
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
