namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Spanish NIF: DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter); letter = table[number mod 23].</summary>
public static class SpanishNif
{
    /// <summary>The control letters indexed by number mod 23.</summary>
    public const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Whether the value (one optional space or dash before the letter) is a DNI or NIE with the right letter.</summary>
    public static bool IsValid(string value)
    {
        var text = CheckText.Strip(value, " -");
        if (text.Length != 9)
        {
            return false;
        }

        var digits = text[0] switch
        {
            'X' => "0" + text[1..8],
            'Y' => "1" + text[1..8],
            'Z' => "2" + text[1..8],
            _ => text[..8],
        };

        return CheckText.IsDigits(digits) && ComputeLetter(digits) == text[8];
    }

    /// <summary>The control letter of up to 8 digits (an NIE prefix already replaced by 0, 1 or 2).</summary>
    public static char ComputeLetter(string digits)
    {
        if (!CheckText.IsDigits(digits))
        {
            throw new ArgumentException("expected digits", nameof(digits));
        }

        return Letters[(int)(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 23)];
    }
}
