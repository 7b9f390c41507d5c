namespace EntityGraph.Storage;

/// <summary>Link decisions filtered by entity (either side) and kind, newest first.</summary>
public sealed record LinkDecisionQuery(string? EntityId, string? Kind, int First, int Offset);
