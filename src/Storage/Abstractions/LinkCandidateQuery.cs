namespace EntityGraph.Storage;

/// <summary>
/// Stored entities that may be what a document calls <see cref="Key"/>: entities of any type with a name equal to the key
/// or holding it as whole words, and entities of <see cref="Type"/> whose keys share at least half of the key's character
/// trigrams. <see cref="ContextEntityIds"/> are the document's other entities, for the shared-context count.
/// </summary>
public sealed record LinkCandidateQuery(string Type, string Key, IReadOnlyList<string> ContextEntityIds, int MaxCandidates);
