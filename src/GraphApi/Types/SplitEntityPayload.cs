namespace EntityGraph.GraphApi.Types;

/// <summary>The result of <c>splitEntity</c>: the new entity and what is left of the original.</summary>
public sealed record SplitEntityPayload(string EntityId, string OriginalId);
