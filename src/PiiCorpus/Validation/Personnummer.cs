namespace EntityGraph.PiiCorpus.Validation;

/// <summary>
/// Swedish personal identity numbers: YYMMDD-NNNC, YYMMDD+NNNC (100 years or older) or YYYYMMDD-NNNC, with or without
/// the separator; C is the Luhn check digit of the 10-digit form YYMMDDNNN.
/// </summary>
public static class Personnummer
{
    /// <summary>Whether the value is a personnummer with a real date and a correct Luhn digit.</summary>
    public static bool IsValid(string value)
    {
        var compact = value.Length is 11 or 13 && value[^5] is '-' or '+' ? value[..^5] + value[^4..] : value;
        if (compact.Length is not (10 or 12) || !CheckText.IsDigits(compact))
        {
            return false;
        }

        var ten = compact.Length == 12 ? compact[2..] : compact;
        var year = compact.Length == 12 ? int.Parse(compact.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) : 2000 + CheckText.Digit(ten[0]) * 10 + CheckText.Digit(ten[1]);
        var month = CheckText.Digit(ten[2]) * 10 + CheckText.Digit(ten[3]);
        var day = CheckText.Digit(ten[4]) * 10 + CheckText.Digit(ten[5]);
        var leapSafeYear = compact.Length == 12 ? year : 2000; // a 2-digit year is ambiguous; 2000 is a leap year
        return CheckText.IsDate(leapSafeYear, month, day) && Luhn.IsValid(ten);
    }

    /// <summary>The Luhn check digit of the 9 digits YYMMDDNNN.</summary>
    public static int ComputeCheckDigit(string nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            throw new ArgumentException("expected 9 digits", nameof(nineDigits));
        }

        return Luhn.ComputeCheckDigit(nineDigits);
    }
}
