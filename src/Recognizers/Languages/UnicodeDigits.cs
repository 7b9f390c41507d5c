namespace EntityGraph.Recognizers.Languages;

/// <summary>Reads short runs of ASCII, full-width (０-９) or Arabic-Indic (٠-٩, ۰-۹) digits.</summary>
internal static class UnicodeDigits
{
    public static int? Parse(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            var digit = ValueOf(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
