namespace EntityGraph.Grains.Linking;

/// <summary>Legal-form suffixes of organisation names, in their folded form ("S.A." folds to "sa").</summary>
internal static class LegalForms
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "corp", "corporation", "co", "plc",
        "gmbh", "ag", "kg", "kgaa", "ug", "ev",
        "sa", "sas", "sarl", "srl", "spa", "sl", "sau",
        "nv", "bv", "se", "ab", "oy", "oyj", "asa",
        "ooo", "oao", "pao", "zao",
    };

    public static bool IsLegalForm(string foldedToken) => Folded.Contains(foldedToken);
}
