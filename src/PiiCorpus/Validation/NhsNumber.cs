namespace EntityGraph.PiiCorpus.Validation;

/// <summary>UK NHS numbers: 10 digits, the last a mod-11 check digit over weights 10..2.</summary>
public static class NhsNumber
{
    /// <summary>Whether the value (spaces and dashes ignored) is a 10-digit NHS number with a correct check digit.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, " -");
        return digits.Length == 10 && CheckText.IsDigits(digits) && ComputeCheckDigit(digits[..9]) == CheckText.Digit(digits[9]);
    }

    /// <summary>The check digit of 9 digits, or -1 when the remainder makes the number unusable (check 10).</summary>
    public static int ComputeCheckDigit(string nineDigits)
    {
        if (nineDigits.Length != 9 || !CheckText.IsDigits(nineDigits))
        {
            throw new ArgumentException("expected 9 digits", nameof(nineDigits));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += CheckText.Digit(nineDigits[i]) * (10 - i);
        }

        var check = 11 - sum % 11;
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }
}
