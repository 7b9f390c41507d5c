namespace EntityGraph.Linking.Normalization;

/// <summary>
/// Legal-form suffixes of organisation names, in their folded form ("S.A." folds to "sa", "ООО" to "ooo"), and the
/// company suffixes of Chinese and Japanese names, which follow the name without a space ("有限公司", "株式会社").
/// </summary>
internal static class LegalForms
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "corp", "corporation", "co", "plc", "pte", "pty",
        "gmbh", "ag", "kg", "kgaa", "ug", "ev", "mbh",
        "sa", "sas", "sarl", "srl", "spa", "sl", "sau", "sca", "lda", "ltda",
        "nv", "bv", "cv", "se", "ab", "oy", "oyj", "asa", "as", "aps",
        "sro", "doo", "dd", "zrt", "kft",
        "ooo", "oao", "pao", "zao", "ao", "pjsc", "ojsc", "jsc",
        "kk", "bhd", "sdn",
    };

    /// <summary>Legal forms written before the name (Russian and Ukrainian "ООО «Ромашка»", Indonesian "PT").</summary>
    private static readonly HashSet<string> LeadingFolded = new(StringComparer.Ordinal)
    {
        "ooo", "oao", "pao", "zao", "ao", "tov", "pat", "pt",
    };

    private static readonly string[] CjkSuffixes = ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "株式会社", "有限会社", "주식회사"];

    private static readonly string[] CjkPrefixes = ["株式会社", "주식회사"];

    public static bool IsLegalForm(string foldedToken) => Folded.Contains(foldedToken);

    public static bool IsLeadingLegalForm(string foldedToken) => LeadingFolded.Contains(foldedToken);

    /// <summary>Removes one CJK company prefix or suffix from a folded name when at least two characters remain.</summary>
    public static string StripCjk(string folded)
    {
        foreach (var suffix in CjkSuffixes)
        {
            if (folded.Length >= suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return folded[..^suffix.Length].TrimEnd();
            }
        }

        foreach (var prefix in CjkPrefixes)
        {
            if (folded.Length >= prefix.Length + 2 && folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..].TrimStart();
            }
        }

        return folded;
    }
}
