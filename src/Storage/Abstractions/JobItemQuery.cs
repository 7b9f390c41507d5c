namespace EntityGraph.Storage;

/// <summary>A page of one job's items in sequence order, optionally only those in one <see cref="State"/>.</summary>
public sealed record JobItemQuery(string JobId, string? State, int First, int Offset);
