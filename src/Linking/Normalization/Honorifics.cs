namespace EntityGraph.Linking.Normalization;

/// <summary>Titles that precede person names, in their folded form ("Dr." folds to "dr", "Господин" to "gospodin").</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "hon", "messrs",
        "herr", "herrn", "frau", "hr", "fr", "fru", "dipl", "ing", "mag",
        "m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "me",
        "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona",
        "dhr", "mevr", "mevrouw", "meneer", "mw",
        "sig", "sigra", "signor", "signora", "dott", "avv",
        "pan", "pani", "gospodin", "gospoda", "gospodja", "gospozha",
    };

    /// <summary>
    /// True for a title. "M." ("Monsieur") counts only in French or when the language is not known: in other languages a
    /// lone "M" is an initial.
    /// </summary>
    public static bool IsHonorific(string foldedToken, string? language = null) =>
        Folded.Contains(foldedToken)
        && (foldedToken != "m" || language is null || language.StartsWith("fr", StringComparison.OrdinalIgnoreCase));
}
