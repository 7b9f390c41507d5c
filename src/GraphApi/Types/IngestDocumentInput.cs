using EntityGraph.Grains;

namespace EntityGraph.GraphApi.Types;

/// <summary>The <c>input</c> of <c>ingestDocument</c>.</summary>
public sealed class IngestDocumentInput
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Language { get; set; }

    public string? Title { get; set; }

    public string? Source { get; set; }

    public List<string>? Tags { get; set; }

    public ExtractionAccuracy Accuracy { get; set; } = ExtractionAccuracy.Best;

    public List<AnnotatedMentionInput>? Mentions { get; set; }

    public string? Domain { get; set; }

    public bool Redact { get; set; }
}
