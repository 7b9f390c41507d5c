namespace EntityGraph.Recognizers.Validation;

/// <summary>The Dutch citizen service number (BSN): 9 digits passing the "elfproef" (weights 9..2 and -1, sum divisible by 11).</summary>
public sealed class DutchBsnValidator : IIdentifierValidator
{
    public string Name => "nl-bsn";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 9 } digits || !Digits.AllDigits(digits) || digits == "000000000")
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }
}
