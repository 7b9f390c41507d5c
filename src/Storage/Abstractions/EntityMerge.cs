namespace EntityGraph.Storage;

/// <summary>Merge <see cref="SourceIds"/> into <see cref="TargetId"/>: their mentions, keys and manual aliases move, the sources are deleted. <see cref="Actor"/> (the API key's name, null without one) is recorded with the decision.</summary>
public sealed record EntityMerge(string TargetId, IReadOnlyList<string> SourceIds, string? Reason = null, string? Actor = null);
