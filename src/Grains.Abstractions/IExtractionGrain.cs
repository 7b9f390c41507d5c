namespace EntityGraph.Grains;

/// <summary>Stateless entry point: detects languages, splits mixed text and routes each part to its language grain.</summary>
[Alias("EntityGraph.IExtractionGrain")]
public interface IExtractionGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Extracts entities; <paramref name="domain"/> (for example <c>politics</c>) picks the domain's model where one is
    /// active for the language and tier, the language's general model otherwise.
    /// </summary>
    [Alias("Extract")]
    Task<ExtractionResult> ExtractAsync(string text, string? language, ExtractionAccuracy accuracy, string? domain = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="ExtractAsync"/> with the recognizer profile and type filter of <paramref name="recognition"/>, e.g. the
    /// "redaction" profile's personal data.
    /// </summary>
    [Alias("Detect")]
    Task<ExtractionResult> DetectAsync(string text, string? language, RecognitionOptions recognition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Splits each text into its language parts as extraction would (no model runs): one list per text, in the order
    /// given. Lets a reader show a stored document's language parts, which the store does not keep.
    /// </summary>
    [Alias("Segment")]
    Task<IReadOnlyList<IReadOnlyList<DetectedLanguagePart>>> SegmentAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
