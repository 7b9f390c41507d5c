namespace EntityGraph.Storage;

/// <summary>Merge <see cref="SourceIds"/> into <see cref="TargetId"/>: their mentions, keys and manual aliases move, the sources are deleted.</summary>
public sealed record EntityMerge(string TargetId, IReadOnlyList<string> SourceIds, string? Reason = null);
