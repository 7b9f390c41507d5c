namespace EntityGraph.PiiCorpus.Validation;

/// <summary>The Luhn (mod 10) check used by payment cards and Swedish personal numbers.</summary>
public static class Luhn
{
    /// <summary>Whether the digits (spaces and dashes ignored) pass the Luhn check.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, " -");
        return digits.Length >= 2 && CheckText.IsDigits(digits) && WeightedSum(digits, doubleRightmost: false) % 10 == 0;
    }

    /// <summary>The check digit to append to <paramref name="payload"/> (digits only).</summary>
    public static int ComputeCheckDigit(string payload)
    {
        if (!CheckText.IsDigits(payload))
        {
            throw new ArgumentException("the payload must be digits", nameof(payload));
        }

        return (10 - WeightedSum(payload, doubleRightmost: true) % 10) % 10;
    }

    private static int WeightedSum(string digits, bool doubleRightmost)
    {
        var sum = 0;
        var doubleIt = doubleRightmost;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = CheckText.Digit(digits[i]);
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum;
    }
}
