using EntityGraph.Grains;

namespace EntityGraph.Silo.Redaction;

/// <summary>What <c>entitygraph redact</c> was asked for.</summary>
internal sealed record RedactionSettings(
    string? Language,
    IReadOnlyList<string>? Types,
    IReadOnlyList<OperatorChoice>? Operators,
    bool IncludeOriginal,
    bool UseModels,
    ExtractionAccuracy Accuracy,
    int Parallelism,
    int ChunkLength)
{
    public RedactionRequest Request(string text, string? language) =>
        new(text, language ?? Language, Types, Operators, IncludeOriginal, UseModels, Accuracy);
}
