namespace EntityGraph.PiiCorpus.Validation;

/// <summary>The Verhoeff dihedral-group check digit (used by Aadhaar numbers).</summary>
public static class Verhoeff
{
    private static readonly int[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static readonly int[] Inverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>Whether the digits (spaces ignored) end in a correct Verhoeff check digit.</summary>
    public static bool IsValid(string value)
    {
        var digits = CheckText.Strip(value, " ");
        if (digits.Length < 2 || !CheckText.IsDigits(digits))
        {
            return false;
        }

        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            c = Multiplication[c, Permutation[i % 8, CheckText.Digit(digits[digits.Length - 1 - i])]];
        }

        return c == 0;
    }

    /// <summary>The check digit to append to <paramref name="payload"/> (digits only).</summary>
    public static int ComputeCheckDigit(string payload)
    {
        if (!CheckText.IsDigits(payload))
        {
            throw new ArgumentException("the payload must be digits", nameof(payload));
        }

        var c = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            c = Multiplication[c, Permutation[(i + 1) % 8, CheckText.Digit(payload[payload.Length - 1 - i])]];
        }

        return Inverse[c];
    }
}
