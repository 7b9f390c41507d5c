namespace EntityGraph.DocumentCorpus.Manifest;

/// <summary>
/// Something ingest must report as failed: <see cref="Origin"/> is the file (relative, '/' separated), a part of it
/// (<c>FILE#attachment-N/NAME</c>, <c>FILE#item-N</c>, <c>FILE#</c> for an e-mail's empty body) or a JSONL line
/// (<c>FILE:N</c>); <see cref="Code"/> the error code; <see cref="Why"/> what is wrong with it, for people.
/// </summary>
public sealed record ExpectedFailure(string Origin, string Code, string Why);
