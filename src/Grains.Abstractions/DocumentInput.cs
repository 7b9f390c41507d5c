namespace EntityGraph.Grains;

/// <summary>
/// A document submitted for ingestion. Language is detected when null. With <see cref="Mentions"/> (annotated entity
/// spans, e.g. from another recognizer or a gold corpus) no model runs: the given mentions are linked and stored as they
/// are, and <see cref="Language"/> must be given. <see cref="Actor"/> (the API key's name; null without a key) is
/// recorded with the document's link decisions. <see cref="Domain"/> (for example <c>politics</c>) names the document's
/// domain: its reviewed mentions become that domain's feedback. With <see cref="Redact"/> the text and title are redacted
/// (<see cref="IRedactionGrain"/>, the configured operators) before anything else happens, so the personal data in them
/// never reaches the store. <see cref="Origin"/> names the file, format and part the document was read from (ingest of
/// files sets it), kept with the stored document.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.DocumentInput.v1")]
public sealed record DocumentInput(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Language = null,
    [property: Id(3)] string? Title = null,
    [property: Id(4)] string? Source = null,
    [property: Id(5)] IReadOnlyList<string>? Tags = null,
    [property: Id(6)] ExtractionAccuracy Accuracy = ExtractionAccuracy.Best,
    [property: Id(7)] IReadOnlyList<MentionInput>? Mentions = null,
    [property: Id(8)] string? Actor = null,
    [property: Id(9)] string? Domain = null,
    [property: Id(10)] bool Redact = false,
    [property: Id(11)] DocumentOriginInput? Origin = null);
