using System.Globalization;
using System.Text;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>
/// Turns text into the form n-grams are taken from: NFC, lower case, letters of the accepted scripts only,
/// every other run of characters a single space, with one space at each end.
/// </summary>
internal static class NGramNormalizer
{
    public static string Normalize(ReadOnlySpan<char> text, ScriptSet scripts)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return Normalize(text.ToString().Normalize(NormalizationForm.FormC), scripts);
        }

        var builder = new StringBuilder(text.Length + 2);
        builder.Append(' ');
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptClassifier.Classify(rune);
            bool keep;
            if (script == WritingScript.None)
            {
                keep = IsMark(rune) && builder[^1] != ' ';
            }
            else
            {
                keep = scripts.Contains(script);
            }

            if (keep)
            {
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer);
                builder.Append(buffer[..written]);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
