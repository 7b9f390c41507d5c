namespace EntityGraph.Storage;

/// <summary>
/// The end of one job item: <see cref="State"/> DONE with the document's <see cref="Outcome"/> (Created, Updated,
/// Unchanged), or FAILED/SKIPPED with a code and message.
/// </summary>
public sealed record JobItemCompletion(long Sequence, string State, string? DocumentId = null, string? Outcome = null, string? Code = null, string? Message = null);
