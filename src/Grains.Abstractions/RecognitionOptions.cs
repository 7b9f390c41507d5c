namespace EntityGraph.Grains;

/// <summary>
/// How a text is recognized: the model tier, the domain whose model serves where one is active, the recognizer profile
/// (null: "extraction"; "redaction" for personal data) and the entity types to keep (null: all).
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.RecognitionOptions.v1")]
public sealed record RecognitionOptions(
    [property: Id(0)] ExtractionAccuracy Accuracy,
    [property: Id(1)] string? Domain = null,
    [property: Id(2)] string? Profile = null,
    [property: Id(3)] IReadOnlyList<string>? Types = null);
