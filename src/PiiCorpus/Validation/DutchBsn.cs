namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Dutch citizen service numbers (BSN): 9 digits passing the 11-test 9a+8b+…+2h−i ≡ 0 (mod 11).</summary>
public static class DutchBsn
{
    /// <summary>Whether the value (dots and spaces ignored) is 9 digits passing the 11-test.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, ". ");
        return digits.Length == 9 && CheckText.IsDigits(digits) && digits != "000000000" && WeightedSum(digits) % 11 == 0;
    }

    /// <summary>The last digit that makes 8 digits pass the 11-test, or -1 when it would have to be 10.</summary>
    public static int ComputeCheckDigit(string eightDigits)
    {
        if (eightDigits.Length != 8 || !CheckText.IsDigits(eightDigits))
        {
            throw new ArgumentException("expected 8 digits", nameof(eightDigits));
        }

        var check = WeightedSum(eightDigits + "0") % 11;
        return check == 10 ? -1 : check;
    }

    private static int WeightedSum(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += CheckText.Digit(nineDigits[i]) * (9 - i);
        }

        return sum - CheckText.Digit(nineDigits[8]);
    }
}
