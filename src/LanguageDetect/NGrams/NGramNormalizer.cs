using System.Globalization;
using System.Text;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>
/// Turns text into the form n-grams are taken from: NFC, lower case, letters of the accepted scripts only,
/// every other run of characters a single space, with one space at each end (letters outside the basic plane
/// count as spaces, so no n-gram holds half a surrogate pair). Words that start with a capital
/// (except the first word) are flagged as likely names, unless most words are capitalized (titles, all caps).
/// </summary>
internal static class NGramNormalizer
{
    public static NormalizedText Normalize(ReadOnlySpan<char> text, ScriptSet scripts)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return Normalize(text.ToString().Normalize(NormalizationForm.FormC), scripts);
        }

        var builder = new StringBuilder(text.Length + 2);
        var capitalized = new List<bool>(text.Length + 2) { false };
        builder.Append(' ');
        var words = 0;
        var capitalizedWords = 0;
        var wordCapitalized = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptClassifier.Classify(rune);
            var keep = rune.IsBmp && (script == WritingScript.None
                ? IsMark(rune) && builder[^1] != ' '
                : scripts.Contains(script));
            if (keep)
            {
                if (builder[^1] == ' ')
                {
                    words++;
                    wordCapitalized = Rune.IsUpper(rune);
                    capitalizedWords += wordCapitalized ? 1 : 0;
                }

                builder.Append((char)Rune.ToLowerInvariant(rune).Value);
                capitalized.Add(wordCapitalized && words > 1);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
                capitalized.Add(false);
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
            capitalized.Add(false);
        }

        var inName = capitalized.ToArray();
        if (capitalizedWords > ScriptHistogram.TitleCaseShare * words)
        {
            Array.Clear(inName);
        }

        return new NormalizedText(builder.ToString(), inName);
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
