namespace EntityGraph.Storage;

/// <summary>
/// A job's counts: items known (<see cref="Total"/>), items finished (<see cref="Processed"/>), and how they finished:
/// documents created, updated or unchanged, items failed or skipped. Kept in the same transaction as the items.
/// </summary>
public sealed record JobCounts(int Total, int Processed, int Created, int Updated, int Unchanged, int Failed, int Skipped);
