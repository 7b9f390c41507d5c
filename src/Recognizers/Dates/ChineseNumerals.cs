namespace EntityGraph.Recognizers.Dates;

/// <summary>Reads the Chinese numerals dates use: digit-by-digit years (二〇二四) and 1–31 (十五, 二十一, 三十).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static int? DigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            var digit = DigitOf(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return text.Length == 0 ? null : value;
    }

    public static int? UpToNinetyNine(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && DigitOf(text[0]) > 0 ? DigitOf(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? DigitOf(text[0]) : -1;
        var unitText = text[(ten + 1)..];
        var units = unitText.Length == 0 ? 0 : unitText.Length == 1 ? DigitOf(unitText[0]) : -1;
        return tens > 0 && units >= 0 ? (tens * 10) + units : null;
    }

    private static int DigitOf(char c) => c == '零' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
}
