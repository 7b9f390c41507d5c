namespace EntityGraph.Storage;

/// <summary>A page of jobs, newest first, optionally only those in one <see cref="State"/>.</summary>
public sealed record JobQuery(string? State, int First, int Offset);
