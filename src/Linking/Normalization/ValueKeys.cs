using System.Globalization;
using System.Text;
using EntityGraph.Text;

namespace EntityGraph.Linking.Normalization;

/// <summary>
/// Keys of value entities (dates, amounts, percentages, contact details...), equal only when the values are: every number
/// is written in one canonical form ("12,5", "12.5" and "12.50" are 12.5; "1,000", "1.000" and "1000" are 1000;
/// "1.234,5" and "1,234.5" are 1234.5), currency symbols and the percent sign are kept ("$ 2.3" is not "€ 2.3"), words
/// are folded as names are. A separator followed by exactly three digits, alone of its kind, groups thousands; otherwise
/// the last separator is the decimal one.
/// </summary>
public static class ValueKeys
{
    /// <summary>The key of a value's surface text; empty when it has no letter, digit or symbol.</summary>
    public static string Normalize(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var text = surface.Normalize(NormalizationForm.FormKC);
        var parts = new List<string>();
        var word = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                Flush(word, parts);
                var end = NumberEnd(text, i);
                parts.Add(Canonical(text[i..end]));
                i = end;
                continue;
            }

            if (char.IsLetter(c))
            {
                word.Append(c);
            }
            else
            {
                Flush(word, parts);
                if (c == '%' || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
                {
                    parts.Add(c.ToString());
                }
            }

            i++;
        }

        Flush(word, parts);
        return string.Join(' ', parts);
    }

    private static void Flush(StringBuilder word, List<string> parts)
    {
        if (word.Length > 0)
        {
            parts.Add(NameFolding.Fold(word.ToString()));
            word.Clear();
        }
    }

    /// <summary>Where the number starting at <paramref name="start"/> ends: digits, with '.', ',' or a thin space between digits.</summary>
    private static int NumberEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (IsSeparator(text[i]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsSeparator(char c) => c is '.' or ',' or '\u00A0' or '\u202F' or '\'';

    private static string Canonical(string number)
    {
        var separators = number.Where(IsSeparator).ToList();
        char? decimalMark = null;
        if (separators.Count > 0)
        {
            var last = separators[^1];
            var lastAt = number.LastIndexOf(last);
            var digitsAfter = number.Length - lastAt - 1;
            var alone = separators.Count(s => s == last) == 1;
            var mixed = separators.Distinct().Count() > 1;
            decimalMark = last is '.' or ',' && alone && (mixed || digitsAfter != 3) ? last : null;
        }

        var builder = new StringBuilder(number.Length);
        var decimalAt = decimalMark is { } mark ? number.LastIndexOf(mark) : -1;
        for (var i = 0; i < number.Length; i++)
        {
            if (char.IsDigit(number[i]))
            {
                builder.Append((char)('0' + (int)char.GetNumericValue(number[i])));
            }
            else if (i == decimalAt)
            {
                builder.Append('.');
            }
        }

        var canonical = builder.ToString();
        if (canonical.Contains('.', StringComparison.Ordinal))
        {
            canonical = canonical.TrimEnd('0').TrimEnd('.');
        }

        var trimmed = canonical.TrimStart('0');
        return trimmed.Length == 0 || trimmed[0] == '.' ? "0" + trimmed : trimmed;
    }
}
