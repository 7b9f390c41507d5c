namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Italian codice fiscale: 16 characters whose last is a check letter from the odd/even position tables.</summary>
public static class ItalianFiscalCode
{
    /// <summary>Values of characters in odd (1st, 3rd, …) positions: digits 0–9 share the values of A–J.</summary>
    private static readonly int[] OddValues =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>The month letters, January to December.</summary>
    public const string MonthLetters = "ABCDEHLMPRST";

    /// <summary>Whether the value is 16 characters in the codice fiscale layout with a correct check letter.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length != 16 || !IsLayout(value))
        {
            return false;
        }

        return ComputeCheckCharacter(value[..15]) == value[15];
    }

    /// <summary>The check letter of the first 15 characters.</summary>
    public static char ComputeCheckCharacter(string first15)
    {
        if (first15.Length != 15)
        {
            throw new ArgumentException("expected 15 characters", nameof(first15));
        }

        return OddEvenCheck(first15);
    }

    /// <summary>
    /// The odd/even table check letter of any run of digits and upper-case letters (also the CIN of Italian bank accounts,
    /// computed over ABI + CAB + account number).
    /// </summary>
    public static char OddEvenCheck(string text)
    {
        var sum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var index = Index(text[i]);
            sum += i % 2 == 0 ? OddValues[index] : index;
        }

        return (char)('A' + sum % 26);
    }

    /// <summary>Values used by the odd and even tables: digits 0–9 and letters A–Z both map to 0–25.</summary>
    private static int Index(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A',
        _ => throw new ArgumentException($"unexpected character '{c}'", nameof(c)),
    };

    private static bool IsLayout(string value)
    {
        // LLLLLL NN L NN L NNN L, where N may be an omocodia letter (LMNPQRSTUV).
        const string pattern = "AAAAAA99A99A999A";
        for (var i = 0; i < 16; i++)
        {
            var c = value[i];
            var ok = pattern[i] == 'A' ? c is >= 'A' and <= 'Z' : c is >= '0' and <= '9' || "LMNPQRSTUV".Contains(c, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return MonthLetters.Contains(value[8], StringComparison.Ordinal);
    }
}
