namespace EntityGraph.Storage;

/// <summary>
/// An item added to a job: its <see cref="Origin"/> (a file, "file.jsonl:12", or an inline document's id; unique in the
/// job), the input it carries (<see cref="Payload"/>, kept until the item is done), and, for a source that could not be
/// read, its final state (FAILED or SKIPPED) with a code and message.
/// </summary>
public sealed record JobItemWrite(string Origin, string? Payload, string State = JobItemStates.Pending, string? Code = null, string? Message = null);
