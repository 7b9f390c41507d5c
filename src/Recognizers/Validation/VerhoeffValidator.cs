namespace EntityGraph.Recognizers.Validation;

/// <summary>The Verhoeff dihedral-group check (India's Aadhaar: 12 digits, the first not 0 or 1).</summary>
public sealed class VerhoeffValidator : IIdentifierValidator
{
    private static readonly int[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    public string Name => "verhoeff";

    public bool IsValid(string candidate) =>
        Digits.Compact(candidate) is { Length: 12 } digits && Digits.AllDigits(digits) && digits[0] is not ('0' or '1') && Passes(digits);

    /// <summary>Whether the digits pass Verhoeff (the last digit is the check digit).</summary>
    public static bool Passes(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            check = Multiplication[check, Permutation[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return check == 0;
    }
}
