namespace EntityGraph.Storage;

/// <summary>Manual tags to add to and remove from one document, applied in one transaction.</summary>
public sealed record TagChange(string DocumentId, IReadOnlyList<string> Add, IReadOnlyList<string> Remove);
