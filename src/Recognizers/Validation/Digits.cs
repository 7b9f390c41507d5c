namespace EntityGraph.Recognizers.Validation;

/// <summary>The characters of a candidate identifier without the separators people write in it.</summary>
internal static class Digits
{
    /// <summary>The candidate without spaces, hyphens and dots, upper-cased; null when anything else than letters and digits remains.</summary>
    public static string? Compact(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var kept = new System.Text.StringBuilder(candidate.Length);
        foreach (var c in candidate)
        {
            if (c is ' ' or '-' or '.' or '\u00A0')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return null;
            }

            kept.Append(char.ToUpperInvariant(c));
        }

        return kept.ToString();
    }

    /// <summary>Whether every character is an ASCII digit (and there is at least one).</summary>
    public static bool AllDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
