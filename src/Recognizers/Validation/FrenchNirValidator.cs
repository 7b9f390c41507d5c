using System.Globalization;

namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The French social security number (NIR): sex (1 or 2), year, month, department (2A and 2B count as 19 and 18 in the
/// key), commune, order, then a two-digit key equal to 97 minus the first thirteen digits mod 97.
/// </summary>
public sealed class FrenchNirValidator : IIdentifierValidator
{
    public string Name => "fr-nir";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 15 } value || value[0] is not ('1' or '2'))
        {
            return false;
        }

        var body = value[5..7] switch
        {
            "2A" => value[..5] + "19" + value[7..13],
            "2B" => value[..5] + "18" + value[7..13],
            _ => value[..13],
        };
        if (!Digits.AllDigits(body) || !Digits.AllDigits(value[13..]))
        {
            return false;
        }

        var month = int.Parse(body.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var key = int.Parse(value.AsSpan(13, 2), CultureInfo.InvariantCulture);
        return (month is >= 1 and <= 12 or >= 20) && key == 97 - (long.Parse(body, CultureInfo.InvariantCulture) % 97);
    }
}
