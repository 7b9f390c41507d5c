namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Indian Aadhaar numbers: 12 digits, the first 2–9, the last a Verhoeff check digit.</summary>
public static class Aadhaar
{
    /// <summary>Whether the value (spaces ignored) is an Aadhaar number with a correct Verhoeff digit.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, " ");
        return digits.Length == 12 && CheckText.IsDigits(digits) && digits[0] >= '2' && Verhoeff.IsValid(digits);
    }
}
