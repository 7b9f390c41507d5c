namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The German tax identification number (Steuerliche Identifikationsnummer): 11 digits, the first not 0, the last the
/// ISO 7064 MOD 11,10 check digit of the first ten.
/// </summary>
public sealed class GermanTaxIdValidator : IIdentifierValidator
{
    public string Name => "de-steuer-id";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 11 } digits || !Digits.AllDigits(digits) || digits[0] == '0')
        {
            return false;
        }

        var product = 10;
        for (var i = 0; i < 10; i++)
        {
            var sum = (digits[i] - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        return (check == 10 ? 0 : check) == digits[10] - '0';
    }
}
