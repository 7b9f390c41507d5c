using System.Globalization;

namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The Swedish personnummer (YYMMDD-NNNC or YYYYMMDDNNNC; a + instead of - for people over 100): a real date (a day plus 60
/// is a samordningsnummer) and Luhn over the ten digits from YYMMDD.
/// </summary>
public sealed class SwedishPersonnummerValidator : IIdentifierValidator
{
    public string Name => "se-personnummer";

    public bool IsValid(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (Digits.Compact(candidate.Replace('+', '-')) is not { } value || !Digits.AllDigits(value) || value.Length is not (10 or 12))
        {
            return false;
        }

        var ten = value.Length == 12 ? value[2..] : value;
        var month = int.Parse(ten.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(ten.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (day > 60)
        {
            day -= 60;
        }

        var year = value.Length == 12 ? int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture) : 2000 + int.Parse(ten.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && LuhnValidator.Passes(ten);
    }
}
