namespace EntityGraph.Grains.Linking;

/// <summary>Titles that precede person names, in their folded form ("Dr." folds to "dr").</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
        "herr", "frau", "hr", "fr",
        "m", "mme", "mlle", "monsieur", "madame", "mademoiselle",
        "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona",
        "dhr", "mevr", "mevrouw", "meneer",
        "sig", "sigra", "signor", "signora",
    };

    public static bool IsHonorific(string foldedToken) => Folded.Contains(foldedToken);
}
