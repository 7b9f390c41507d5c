namespace EntityGraph.Ner;

/// <summary>BEST picks the most accurate model for a language; FAST the low-latency tier.</summary>
public enum NerAccuracy
{
    Best,
    Fast,
}

/// <summary>
/// A text to recognize; <see cref="Domain"/> picks the domain's model where one is active (else the general one);
/// <see cref="Profile"/> the recognizer profile (null: "extraction"); <see cref="Types"/> keeps only those types.
/// </summary>
public sealed record NerRequest(string Text, string Language, NerAccuracy Accuracy = NerAccuracy.Best, string? Domain = null)
{
    /// <summary>The recognizer profile to run (e.g. "redaction"); null runs "extraction".</summary>
    public string? Profile { get; init; }

    /// <summary>The entity types to keep (after the profile's renames); null keeps all.</summary>
    public IReadOnlySet<string>? Types { get; init; }
}

/// <summary>An entity found in the request text. Start/End are UTF-16 offsets into the original text.</summary>
public sealed record RecognizedEntity(int Start, int End, string Type, double Confidence, string ModelId);

public sealed record NerResponse(string ModelId, bool UsedFallback, IReadOnlyList<RecognizedEntity> Entities);

public sealed record ModelRoute(string ModelId, bool IsFallback);
