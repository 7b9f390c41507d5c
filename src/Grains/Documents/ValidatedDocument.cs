namespace EntityGraph.Grains.Documents;

/// <summary>A document input that passed validation, with its language hint normalized, tags trimmed and annotated mentions (if any) checked.</summary>
internal sealed record ValidatedDocument(
    string Id,
    string Text,
    string? Language,
    string? Title,
    string? Source,
    IReadOnlyList<string> Tags,
    ExtractionAccuracy Accuracy,
    IReadOnlyList<MentionInput>? Mentions = null,
    string? Domain = null);
