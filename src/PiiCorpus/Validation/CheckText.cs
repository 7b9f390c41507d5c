namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Small string helpers shared by the validators.</summary>
internal static class CheckText
{
    /// <summary>Removes every character of <paramref name="separators"/> from <paramref name="value"/>.</summary>
    public static string Strip(string value, string separators)
    {
        var buffer = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (separators.IndexOf(c) < 0)
            {
                buffer.Append(c);
            }
        }

        return buffer.ToString();
    }

    /// <summary>True when the text is non-empty and only ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The digit value of an ASCII digit.</summary>
    public static int Digit(char c) => c - '0';

    /// <summary>Whether year/month/day form a real calendar date.</summary>
    public static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month);
}
