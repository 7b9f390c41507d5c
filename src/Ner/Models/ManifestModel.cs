namespace EntityGraph.Ner.Models;

/// <summary>One shipped model: its folder (relative to the manifest), tier and measured dev F1 per data set.</summary>
public sealed record ManifestModel
{
    public required string Id { get; init; }

    public required string Path { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public string Tier { get; init; } = "best";

    public IReadOnlyDictionary<string, double> DevF1 { get; init; } = new Dictionary<string, double>();

    public long SizeBytes { get; init; }
}
