namespace EntityGraph.Linking.CrossDocument;

/// <summary>How a mention cluster was linked (the kind stored with each link decision).</summary>
public static class LinkDecisionKinds
{
    /// <summary>The cluster's key (or a known-name concept key, or an imported alias key) is stored for the entity.</summary>
    public const string Exact = "exact";

    /// <summary>A stored name of exactly one entity of the type normalizes to the cluster's key.</summary>
    public const string Alias = "alias";

    /// <summary>The cluster is a shorter form (surname, acronym, first or last word) of a stored name, and shares context.</summary>
    public const string Partial = "partial";

    /// <summary>Jaro-Winkler similarity above the threshold, word by word, and shared context.</summary>
    public const string Fuzzy = "fuzzy";

    /// <summary>No stored entity matched: a new entity.</summary>
    public const string New = "new";

    /// <summary>A new entity was created, but a stored entity came close; kept for review.</summary>
    public const string Candidate = "candidate";

    /// <summary>A short form joined a fuller name within one document.</summary>
    public const string InDocument = "in-document";
}
