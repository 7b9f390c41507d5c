namespace EntityGraph.Recognizers.Validation;

/// <summary>The Luhn (mod 10) check of payment card numbers and other identifiers: 12 to 19 digits.</summary>
public sealed class LuhnValidator : IIdentifierValidator
{
    public string Name => "luhn";

    public bool IsValid(string candidate) => Digits.Compact(candidate) is { Length: >= 12 and <= 19 } digits && Digits.AllDigits(digits) && Passes(digits);

    /// <summary>Whether the digits pass Luhn (the last digit is the check digit).</summary>
    public static bool Passes(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
