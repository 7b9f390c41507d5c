namespace EntityGraph.Grains;

/// <summary>
/// Stateless PII redaction: detects personal data with the "redaction" recognizer profile (through the language grains,
/// like extraction) and applies the operators; decrypts what <c>encrypt</c> produced.
/// </summary>
[Alias("EntityGraph.IRedactionGrain")]
public interface IRedactionGrain : IGrainWithIntegerKey
{
    /// <summary>Redacts a text.</summary>
    [Alias("Redact")]
    Task<RedactionOutcome> RedactAsync(RedactionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redacts many texts in one call (batch files), concurrently; a text that cannot be redacted (empty, too large, a bad
    /// option) gets its error in its place and does not stop the others.
    /// </summary>
    [Alias("RedactMany")]
    Task<IReadOnlyList<RedactionBatchResult>> RedactManyAsync(IReadOnlyList<RedactionRequest> requests, CancellationToken cancellationToken = default);

    /// <summary>Restores every span the <c>encrypt</c> operator produced with this service's key; other text is unchanged.</summary>
    [Alias("Decrypt")]
    Task<string> DecryptAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>The entity types redaction can find (with or without the NER models).</summary>
    [Alias("Types")]
    Task<IReadOnlyList<string>> TypesAsync(bool useModels, CancellationToken cancellationToken = default);
}
