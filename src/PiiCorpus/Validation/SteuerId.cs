namespace EntityGraph.PiiCorpus.Validation;

/// <summary>
/// German tax identification numbers (Steuer-ID): 11 digits, no leading 0; in the first 10 digits exactly one digit occurs
/// twice or three times (never three in a row) and the others at most once; the last digit is the ISO 7064 MOD 11,10 check.
/// </summary>
public static class SteuerId
{
    /// <summary>Whether the value (spaces ignored) is a Steuer-ID with valid digit distribution and check digit.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, " ");
        return digits.Length == 11 && CheckText.IsDigits(digits) && digits[0] != '0' && HasValidDistribution(digits[..10])
            && ComputeCheckDigit(digits[..10]) == CheckText.Digit(digits[10]);
    }

    /// <summary>Whether 10 digits satisfy the repetition rule.</summary>
    public static bool HasValidDistribution(string tenDigits)
    {
        var counts = new int[10];
        foreach (var c in tenDigits)
        {
            counts[CheckText.Digit(c)]++;
        }

        var repeated = counts.Count(n => n > 1);
        if (repeated != 1 || counts.Any(n => n > 3))
        {
            return false;
        }

        for (var i = 2; i < tenDigits.Length; i++)
        {
            if (tenDigits[i] == tenDigits[i - 1] && tenDigits[i] == tenDigits[i - 2])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ISO 7064 MOD 11,10 check digit of the given digits.</summary>
    public static int ComputeCheckDigit(string digits)
    {
        var product = 10;
        foreach (var c in digits)
        {
            var sum = (CheckText.Digit(c) + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
