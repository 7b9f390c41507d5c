using System.Text.Json;

namespace EntityGraph.Ner.Models;

/// <summary>
/// models/manifest.json: every shipped model, and per language which model serves the BEST and FAST tiers.
/// Languages without a route go to <see cref="Fallback"/>.
/// </summary>
public sealed record ModelManifest
{
    public IReadOnlyList<ManifestModel> Models { get; init; } = [];

    public IReadOnlyDictionary<string, LanguageRoute> Routes { get; init; } = new Dictionary<string, LanguageRoute>();

    public string? Fallback { get; init; }

    public static ModelManifest Load(string path) =>
        JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), ModelConfig.Json)
        ?? throw new InvalidDataException($"{path} is empty.");
}
