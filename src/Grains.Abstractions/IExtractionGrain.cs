namespace EntityGraph.Grains;

/// <summary>Stateless entry point: detects languages, splits mixed text and routes each part to its language grain.</summary>
[Alias("EntityGraph.IExtractionGrain")]
public interface IExtractionGrain : IGrainWithIntegerKey
{
    [Alias("Extract")]
    Task<ExtractionResult> ExtractAsync(string text, string? language, ExtractionAccuracy accuracy, CancellationToken cancellationToken = default);
}
