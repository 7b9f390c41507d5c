using EntityGraph.Grains;

namespace EntityGraph.GraphApi.Types;

/// <summary>The <c>options</c> of <c>startIngestJob</c>.</summary>
public sealed class IngestJobOptionsInput
{
    public ExtractionAccuracy Accuracy { get; set; } = ExtractionAccuracy.Best;

    public string? Language { get; set; }

    public string? Domain { get; set; }

    public bool Redact { get; set; }

    public int Parallelism { get; set; } = 4;
}
