namespace EntityGraph.Recognizers.Validation;

/// <summary>The UK NHS number: 10 digits, weights 10..2 on the first nine, check digit 11 minus the sum mod 11 (10 is invalid, 11 is 0).</summary>
public sealed class UkNhsNumberValidator : IIdentifierValidator
{
    public string Name => "uk-nhs";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 10 } digits || !Digits.AllDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (10 - i) * (digits[i] - '0');
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => digits[9] == '0',
            10 => false,
            _ => digits[9] - '0' == check,
        };
    }
}
