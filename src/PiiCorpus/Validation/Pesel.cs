namespace EntityGraph.PiiCorpus.Validation;

/// <summary>
/// Polish PESEL numbers: YYMMDD (month + 80 for 1800s, + 20 for 2000s, + 40 for 2100s, + 60 for 2200s), 4 serial digits
/// (the last odd for men, even for women) and a check digit with weights 1 3 7 9 1 3 7 9 1 3.
/// </summary>
public static class Pesel
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    /// <summary>Whether the value is 11 digits with a real birth date and a correct check digit.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length != 11 || !CheckText.IsDigits(value) || BirthDate(value) is null)
        {
            return false;
        }

        return ComputeCheckDigit(value[..10]) == CheckText.Digit(value[10]);
    }

    /// <summary>The check digit of the first 10 digits.</summary>
    public static int ComputeCheckDigit(string tenDigits)
    {
        if (tenDigits.Length != 10 || !CheckText.IsDigits(tenDigits))
        {
            throw new ArgumentException("expected 10 digits", nameof(tenDigits));
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += CheckText.Digit(tenDigits[i]) * Weights[i];
        }

        return (10 - sum % 10) % 10;
    }

    /// <summary>The encoded month for a birth year and month (century offsets applied).</summary>
    public static int EncodeMonth(int year, int month) => year switch
    {
        >= 1800 and < 1900 => month + 80,
        >= 1900 and < 2000 => month,
        >= 2000 and < 2100 => month + 20,
        >= 2100 and < 2200 => month + 40,
        >= 2200 and < 2300 => month + 60,
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "PESEL covers 1800–2299"),
    };

    private static DateOnly? BirthDate(string digits)
    {
        var yy = int.Parse(digits.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        var mm = int.Parse(digits.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var dd = int.Parse(digits.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        var century = (mm / 20) switch
        {
            0 => 1900,
            1 => 2000,
            2 => 2100,
            3 => 2200,
            _ => 1800,
        };
        var month = mm % 20;
        return CheckText.IsDate(century + yy, month, dd) ? new DateOnly(century + yy, month, dd) : null;
    }
}
