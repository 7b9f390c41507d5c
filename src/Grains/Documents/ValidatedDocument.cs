using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>A document input that passed validation, with its language hint normalized, tags trimmed, annotated mentions (if any) and origin checked.</summary>
internal sealed record ValidatedDocument(
    string Id,
    string Text,
    string? Language,
    string? Title,
    string? Source,
    IReadOnlyList<string> Tags,
    ExtractionAccuracy Accuracy,
    IReadOnlyList<MentionInput>? Mentions = null,
    string? Domain = null,
    DocumentOrigin? Origin = null);
