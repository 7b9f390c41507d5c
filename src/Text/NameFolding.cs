using System.Globalization;
using System.Text;

namespace EntityGraph.Text;

/// <summary>
/// Folds names into a matching form: NFKC, case folded, diacritics removed, Cyrillic and Greek
/// transliterated to Latin, punctuation dropped and whitespace collapsed. Display forms keep their diacritics.
/// </summary>
public static class NameFolding
{
    /// <summary>Returns the folded matching form of <paramref name="value"/>.</summary>
    public static string Fold(string value) => Fold(value, germanUmlautExpansion: false);

    /// <summary>
    /// Returns the folded form; with <paramref name="germanUmlautExpansion"/> the umlauts become
    /// two letters (ü → ue), so that "Muenchen" and "München" fold alike.
    /// </summary>
    public static string Fold(string value, bool germanUmlautExpansion)
    {
        ArgumentNullException.ThrowIfNull(value);
        var composed = value.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var rune in composed.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                AppendFolded(builder, rune, germanUmlautExpansion);
            }
            else if (Rune.GetUnicodeCategory(rune) is not UnicodeCategory.NonSpacingMark and not UnicodeCategory.SpacingCombiningMark)
            {
                pendingSpace = !IsJoiner(rune);
            }
        }

        return builder.ToString();
    }

    /// <summary>Both folded forms of <paramref name="value"/>, distinct.</summary>
    public static IReadOnlyList<string> FoldVariants(string value)
    {
        var plain = Fold(value, false);
        var expanded = Fold(value, true);
        return plain == expanded ? [plain] : [plain, expanded];
    }

    private static bool IsJoiner(Rune rune) => rune.Value is '\'' or '\u2019' or '.' or '\u00B7';

    private static void AppendFolded(StringBuilder builder, Rune rune, bool germanUmlautExpansion)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (germanUmlautExpansion)
        {
            switch (lower.Value)
            {
                case 'ä': builder.Append("ae"); return;
                case 'ö': builder.Append("oe"); return;
                case 'ü': builder.Append("ue"); return;
            }
        }

        if (lower.Value == 'ß')
        {
            builder.Append("ss");
            return;
        }

        if (Transliteration.TryGetLatin(lower.Value, out var latin))
        {
            builder.Append(latin);
            return;
        }

        Span<char> buffer = stackalloc char[2];
        var length = lower.EncodeToUtf16(buffer);
        var decomposed = new string(buffer[..length]).Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ø' => 'o', 'ł' => 'l', 'đ' => 'd', 'æ' => 'a', 'ı' => 'i', _ => c });
                if (c == 'æ')
                {
                    builder.Append('e');
                }
            }
        }
    }
}
