namespace EntityGraph.Grains.Documents;

/// <summary>The mentions of one document that share a type and normalized key, and so link to one entity.</summary>
internal sealed record MentionGroup(string Type, string NormalizedKey, string CanonicalName, string Language, IReadOnlyList<int> MentionIndexes);
