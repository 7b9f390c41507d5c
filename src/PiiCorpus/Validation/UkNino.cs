namespace EntityGraph.PiiCorpus.Validation;

/// <summary>UK National Insurance numbers: two prefix letters from the allocated set, 6 digits and a suffix A–D.</summary>
public static class UkNino
{
    /// <summary>Letters that never start a NINO.</summary>
    public const string InvalidFirstLetters = "DFIQUV";

    /// <summary>Letters that are never the second prefix letter.</summary>
    public const string InvalidSecondLetters = "DFIOQUV";

    /// <summary>Prefixes that are never allocated.</summary>
    public static IReadOnlyList<string> InvalidPrefixes { get; } = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    /// <summary>Whether the value (spaces ignored) is a NINO with a valid prefix and suffix.</summary>
    public static bool IsValid(string value)
    {
        var text = CheckText.Strip(value, " ");
        return text.Length == 9 && IsValidPrefix(text[..2]) && CheckText.IsDigits(text.AsSpan(2, 6)) && text[8] is >= 'A' and <= 'D';
    }

    /// <summary>Whether two letters form an allocatable prefix.</summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length == 2
        && prefix[0] is >= 'A' and <= 'Z' && prefix[1] is >= 'A' and <= 'Z'
        && !InvalidFirstLetters.Contains(prefix[0], StringComparison.Ordinal)
        && !InvalidSecondLetters.Contains(prefix[1], StringComparison.Ordinal)
        && !InvalidPrefixes.Contains(prefix, StringComparer.Ordinal);
}
