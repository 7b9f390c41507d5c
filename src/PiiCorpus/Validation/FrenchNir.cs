using System.Globalization;

namespace EntityGraph.PiiCorpus.Validation;

/// <summary>French social security numbers (NIR): 13 digits and a 2-digit key = 97 − (number mod 97).</summary>
public static class FrenchNir
{
    /// <summary>Whether the value (spaces ignored) is 15 digits (Corsican 2A/2B allowed) with the right key.</summary>
    public static bool IsValid(string value)
    {
        var text = CheckText.Strip(value, " ");
        if (text.Length != 15 || text[0] is not ('1' or '2' or '3' or '4' or '7' or '8') || !CheckText.IsDigits(text.AsSpan(13)))
        {
            return false;
        }

        // Corsica: department 2A is computed as 19 and 2B as 18.
        var number = text.Substring(5, 2) switch
        {
            "2A" => text[..5] + "19" + text[7..13],
            "2B" => text[..5] + "18" + text[7..13],
            _ => text[..13],
        };

        return CheckText.IsDigits(number) && ComputeKey(number) == int.Parse(text.AsSpan(13), CultureInfo.InvariantCulture);
    }

    /// <summary>The key of a 13-digit number.</summary>
    public static int ComputeKey(string thirteenDigits)
    {
        if (thirteenDigits.Length != 13 || !CheckText.IsDigits(thirteenDigits))
        {
            throw new ArgumentException("expected 13 digits", nameof(thirteenDigits));
        }

        return 97 - (int)(long.Parse(thirteenDigits, CultureInfo.InvariantCulture) % 97);
    }
}
