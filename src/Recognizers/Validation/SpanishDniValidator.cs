namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The Spanish DNI (8 digits and a control letter) and NIE (X, Y or Z, 7 digits and the letter; X, Y, Z count as 0, 1, 2):
/// the letter is the number mod 23 in the official table.
/// </summary>
public sealed class SpanishDniValidator : IIdentifierValidator
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public string Name => "es-dni";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 9 } value || !char.IsAsciiLetterUpper(value[8]))
        {
            return false;
        }

        var number = value[0] switch
        {
            'X' => "0" + value[1..8],
            'Y' => "1" + value[1..8],
            'Z' => "2" + value[1..8],
            _ => value[..8],
        };
        return Digits.AllDigits(number) && Letters[int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) % 23] == value[8];
    }
}
