using System.Text.Json.Serialization;

namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// What a model predicted on its dev data for one language (or all together): how many entities, the share of them in
/// each of the <see cref="ConfidenceBins.Count"/> confidence bins (calibrated confidence), and the share of each entity type.
/// </summary>
public sealed record DistributionBaseline(
    [property: JsonPropertyName("entities")] int Entities,
    [property: JsonPropertyName("confidence")] IReadOnlyList<double> Confidence,
    [property: JsonPropertyName("types")] IReadOnlyDictionary<string, double> Types)
{
    /// <summary>The distribution of <paramref name="entities"/> (type and calibrated confidence of each).</summary>
    public static DistributionBaseline From(IReadOnlyCollection<(string Type, double Confidence)> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var bins = new double[ConfidenceBins.Count];
        foreach (var (_, confidence) in entities)
        {
            bins[ConfidenceBins.Of(confidence)]++;
        }

        var total = Math.Max(1, entities.Count);
        var types = entities.GroupBy(e => e.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round((double)g.Count() / total, 6), StringComparer.Ordinal);
        return new DistributionBaseline(entities.Count, bins.Select(b => Math.Round(b / total, 6)).ToList(), types);
    }
}
