namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The US Social Security number (AAA-GG-SSSS; no check digit): the area is not 000, 666 or 900-999, the group not 00,
/// the serial not 0000, and the numbers used in advertising and examples are refused.
/// </summary>
public sealed class UsSsnValidator : IIdentifierValidator
{
    private static readonly HashSet<string> Published = ["078051120", "219099999", "123456789", "111111111", "333333333"];

    public string Name => "us-ssn";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 9 } digits || !Digits.AllDigits(digits) || Published.Contains(digits))
        {
            return false;
        }

        return digits[..3] is not ("000" or "666") && digits[0] != '9' && digits[3..5] != "00" && digits[5..] != "0000";
    }
}
