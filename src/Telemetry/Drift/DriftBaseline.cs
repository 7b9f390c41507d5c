using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// The <c>drift-baseline.json</c> of a model folder, written when the model is calibrated: what the model predicted on its
/// dev sets (calibrated confidences, entity types), per language and for all together. Runtime windows of the same model
/// and language are compared with it (<see cref="PopulationStability"/>).
/// </summary>
public sealed record DriftBaseline(
    [property: JsonPropertyName("fittedOn")] IReadOnlyList<string> FittedOn,
    [property: JsonPropertyName("all")] DistributionBaseline All,
    [property: JsonPropertyName("languages")] IReadOnlyDictionary<string, DistributionBaseline> Languages)
{
    /// <summary>The file name inside a model folder.</summary>
    public const string FileName = "drift-baseline.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The language's baseline, or the all-language one when the dev data had none of that language.</summary>
    public DistributionBaseline For(string language) => Languages.TryGetValue(language, out var baseline) ? baseline : All;

    /// <summary>The baseline of labelled predictions (language, type, calibrated confidence), fitted on the named dev sets.</summary>
    public static DriftBaseline From(IReadOnlyCollection<(string Language, string Type, double Confidence)> predictions, IReadOnlyList<string> fittedOn)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var languages = predictions.GroupBy(p => p.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DistributionBaseline.From(g.Select(p => (p.Type, p.Confidence)).ToList()), StringComparer.Ordinal);
        return new DriftBaseline(fittedOn, DistributionBaseline.From(predictions.Select(p => (p.Type, p.Confidence)).ToList()), languages);
    }

    /// <summary>The folder's baseline, or null when it has none; a malformed file throws <see cref="InvalidDataException"/>.</summary>
    public static DriftBaseline? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        DriftBaseline? baseline;
        try
        {
            baseline = JsonSerializer.Deserialize<DriftBaseline>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid drift baseline JSON: {ex.Message}", ex);
        }

        if (baseline?.All is null || baseline.Languages is null || baseline.FittedOn is null)
        {
            throw new InvalidDataException($"{path} must hold fittedOn, all and languages.");
        }

        foreach (var (name, set) in baseline.Languages.Select(kv => (kv.Key, kv.Value)).Prepend(("all", baseline.All)))
        {
            if (set.Confidence is not { Count: ConfidenceBins.Count } || set.Types is null || set.Entities < 0)
            {
                throw new InvalidDataException($"{path} ({name}): a baseline needs {ConfidenceBins.Count} confidence shares, types and a count.");
            }
        }

        return baseline;
    }

    /// <summary>Writes the file into <paramref name="folder"/>.</summary>
    public void Save(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}
