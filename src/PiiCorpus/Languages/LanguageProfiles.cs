namespace EntityGraph.PiiCorpus.Languages;

/// <summary>The profile of each corpus language.</summary>
internal static class LanguageProfiles
{
    private static readonly Dictionary<string, LanguageProfile> ByCode = new LanguageProfile[]
    {
        EnglishProfile.Create(), GermanProfile.Create(), FrenchProfile.Create(), SpanishProfile.Create(), DutchProfile.Create(),
        PortugueseProfile.Create(), ItalianProfile.Create(), PolishProfile.Create(), SwedishProfile.Create(),
    }.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>The profile of a corpus language.</summary>
    public static LanguageProfile Get(string language) =>
        ByCode.TryGetValue(language, out var profile) ? profile : throw new ArgumentException($"unknown language '{language}'", nameof(language));
}
