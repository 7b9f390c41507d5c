using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityGraph.Ner.Versions;

/// <summary>
/// The versions folder's registry.json: every promoted version, and per route the versions activated so far (the last is
/// active; rollback returns to the one before).
/// </summary>
public sealed record ModelRegistryFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IReadOnlyList<ModelVersion> Versions { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Active { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The active version of a route, or null when none was activated (or the route was rolled back to none).</summary>
    public string? ActiveVersion(ModelRouteKey route) =>
        Active.TryGetValue(route.ToString(), out var history) && history.Count > 0 ? history[^1] : null;

    /// <summary>The promoted version of a route by name.</summary>
    public ModelVersion? Find(ModelRouteKey route, string version) =>
        Versions.FirstOrDefault(v => v.Version == version && ModelRouteKey.Of(v.Language, v.Tier, v.Domain) == route);
}
