namespace EntityGraph.Linking.Options;

/// <summary>Thresholds of cross-document linking, bound from <c>EntityGraph:Linking</c>.</summary>
public sealed class LinkingOptions
{
    public const string SectionName = "EntityGraph:Linking";

    /// <summary>Whether known names (CLDR countries, territories, cities, languages, currencies) link across languages.</summary>
    public bool UseKnownNames { get; set; } = true;

    /// <summary>Lowest Jaro-Winkler similarity of two normalized keys for a fuzzy link (which also needs shared context).</summary>
    public double FuzzyThreshold { get; set; } = 0.92;

    /// <summary>Lowest Jaro-Winkler similarity of each pair of words of two multi-word keys for a fuzzy link ("bank"/"bahn" and "anna"/"anne" fail, "energie"/"energy" passes).</summary>
    public double TokenThreshold { get; set; } = 0.90;

    /// <summary>Lowest similarity at which an entity that was not linked is still recorded as a candidate for review.</summary>
    public double CandidateThreshold { get; set; } = 0.85;

    /// <summary>How many co-occurring entities a document must share with a stored entity before a fuzzy or partial link is accepted.</summary>
    public int MinSharedContext { get; set; } = 1;

    /// <summary>How many stored entities are considered per mention cluster.</summary>
    public int MaxCandidates { get; set; } = 20;
}
