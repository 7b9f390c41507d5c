namespace EntityGraph.Recognizers.Validation;

/// <summary>The Polish PESEL: 11 digits, a valid birth date (the month carries the century) and the weighted check digit.</summary>
public sealed class PolishPeselValidator : IIdentifierValidator
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    public string Name => "pl-pesel";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 11 } digits || !Digits.AllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += Weights[i] * (digits[i] - '0');
        }

        return (10 - (sum % 10)) % 10 == digits[10] - '0' && HasDate(digits);
    }

    private static bool HasDate(string digits)
    {
        var year = int.Parse(digits.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(digits.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        var century = (month / 20) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, _ => 1800 };
        month %= 20;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(century + year, month);
    }
}
