namespace EntityGraph.Documents;

/// <summary>The outcome of reading one file.</summary>
/// <param name="Documents">The documents read, the file itself first when it has text of its own; never empty.</param>
/// <param name="Failures">Parts that could not be read (empty when everything was read).</param>
public sealed record DocumentReadResult(IReadOnlyList<ReadDocument> Documents, IReadOnlyList<PartFailure> Failures);
