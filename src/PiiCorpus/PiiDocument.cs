namespace EntityGraph.PiiCorpus;

/// <summary>
/// One generated test document: its text, the gold PII values it contains and the decoys
/// (values in a checksum-validated format whose check digit is wrong, which must not be flagged).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>de-0042</c>.</param>
/// <param name="Language">Language code (en, de, fr, es, nl, pt, it, pl, sv).</param>
/// <param name="Text">The document text.</param>
/// <param name="Entities">Gold PII spans, ordered by start offset.</param>
/// <param name="Decoys">Decoy spans, ordered by start offset.</param>
public sealed record PiiDocument(
    string Id,
    string Language,
    string Text,
    IReadOnlyList<PiiSpan> Entities,
    IReadOnlyList<PiiSpan> Decoys);
