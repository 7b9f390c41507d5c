namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// Payment card numbers: Luhn, and a length the issuer of the prefix uses (Visa, Mastercard, American Express, Discover,
/// Diners Club, JCB, UnionPay, Maestro).
/// </summary>
public sealed class CreditCardValidator : IIdentifierValidator
{
    /// <summary>Issuer prefixes (inclusive ranges over the first digits) and the lengths each issues.</summary>
    private static readonly (string Issuer, int Digits, int Low, int High, int[] Lengths)[] Issuers =
    [
        ("Visa", 1, 4, 4, [13, 16, 19]),
        ("Mastercard", 2, 51, 55, [16]),
        ("Mastercard", 4, 2221, 2720, [16]),
        ("American Express", 2, 34, 34, [15]),
        ("American Express", 2, 37, 37, [15]),
        ("Discover", 4, 6011, 6011, [16, 17, 18, 19]),
        ("Discover", 3, 644, 649, [16, 17, 18, 19]),
        ("Discover", 2, 65, 65, [16, 17, 18, 19]),
        ("Diners Club", 3, 300, 305, [14, 15, 16, 17, 18, 19]),
        ("Diners Club", 2, 36, 36, [14, 15, 16, 17, 18, 19]),
        ("Diners Club", 2, 38, 39, [14, 15, 16, 17, 18, 19]),
        ("JCB", 4, 3528, 3589, [16, 17, 18, 19]),
        ("UnionPay", 2, 62, 62, [16, 17, 18, 19]),
        ("Maestro", 2, 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]),
        ("Maestro", 2, 56, 58, [12, 13, 14, 15, 16, 17, 18, 19]),
        ("Maestro", 2, 63, 63, [12, 13, 14, 15, 16, 17, 18, 19]),
        ("Maestro", 2, 67, 67, [12, 13, 14, 15, 16, 17, 18, 19]),
    ];

    public string Name => "credit-card";

    public bool IsValid(string candidate) => Issuer(candidate) is not null;

    /// <summary>The issuer of a valid card number, or null when the number is not one.</summary>
    public static string? Issuer(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: >= 12 and <= 19 } digits || !Digits.AllDigits(digits) || !LuhnValidator.Passes(digits))
        {
            return null;
        }

        foreach (var (issuer, length, low, high, lengths) in Issuers)
        {
            var prefix = int.Parse(digits.AsSpan(0, length), System.Globalization.CultureInfo.InvariantCulture);
            if (prefix >= low && prefix <= high && lengths.Contains(digits.Length))
            {
                return issuer;
            }
        }

        return null;
    }
}
