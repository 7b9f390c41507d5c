namespace EntityGraph.PiiCorpus.Validation;

/// <summary>IBAN check digits (ISO 13616, mod 97) and the lengths of the countries the corpus uses.</summary>
public static class Iban
{
    /// <summary>IBAN length per country code for the countries the corpus generates.</summary>
    public static IReadOnlyDictionary<string, int> Lengths { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["GB"] = 22, ["DE"] = 22, ["FR"] = 27, ["ES"] = 24, ["NL"] = 18, ["PT"] = 25, ["IT"] = 27, ["PL"] = 28, ["SE"] = 24,
    };

    /// <summary>
    /// Whether the value (spaces ignored) is an IBAN: country letters, two check digits, an upper-case alphanumeric BBAN,
    /// the right length for a known country, and a mod-97 remainder of 1.
    /// </summary>
    public static bool IsValid(string value)
    {
        var iban = CheckText.Strip(value, " ");
        if (iban.Length is < 15 or > 34 || !IsUpper(iban[0]) || !IsUpper(iban[1]) || !CheckText.IsDigits(iban.AsSpan(2, 2)))
        {
            return false;
        }

        if (Lengths.TryGetValue(iban[..2], out var length) && iban.Length != length)
        {
            return false;
        }

        foreach (var c in iban.AsSpan(4))
        {
            if (!IsUpper(c) && c is < '0' or > '9')
            {
                return false;
            }
        }

        return Mod97(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>The two check digits for a country code and BBAN (98 − (BBAN + country + "00") mod 97).</summary>
    public static string ComputeCheckDigits(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return check.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The remainder mod 97 of an alphanumeric string with letters replaced by 10..35.</summary>
    public static int Mod97(string alphanumeric)
    {
        var remainder = 0;
        foreach (var c in alphanumeric)
        {
            if (c is >= '0' and <= '9')
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (IsUpper(c))
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                throw new ArgumentException($"unexpected character '{c}'", nameof(alphanumeric));
            }
        }

        return remainder;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
}
