using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityGraph.Ner.Calibration;

/// <summary>
/// The <c>calibration.json</c> of a model folder: isotonic curves from the model's raw entity score (the mean over the
/// entity's words of the marginal probability of their decoded label) to the probability that the entity's span and type
/// are right, fitted on dev sets per language and per type where the data allows. Languages without their own curves
/// use <see cref="Default"/> (fitted on every dev set together).
/// </summary>
public sealed record ModelCalibration(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("fittedOn")] IReadOnlyList<string> FittedOn,
    [property: JsonPropertyName("default")] CurveSet Default,
    [property: JsonPropertyName("languages")] IReadOnlyDictionary<string, CurveSet> Languages)
{
    /// <summary>The file name inside a model folder.</summary>
    public const string FileName = "calibration.json";

    /// <summary>The one method written today.</summary>
    public const string Isotonic = "isotonic";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The calibrated confidence of an entity of <paramref name="type"/> in <paramref name="language"/> with raw score <paramref name="score"/>.</summary>
    public double Apply(string language, string type, double score) =>
        (Languages.TryGetValue(language, out var set) ? set : Default).For(type).Apply(score);

    /// <summary>The folder's calibration, or null when it has none; a malformed file throws <see cref="InvalidDataException"/>.</summary>
    public static ModelCalibration? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        ModelCalibration? calibration;
        try
        {
            calibration = JsonSerializer.Deserialize<ModelCalibration>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid calibration JSON: {ex.Message}", ex);
        }

        if (calibration is null || calibration.Method != Isotonic || calibration.Default is null || calibration.Languages is null)
        {
            throw new InvalidDataException($"{path} must name method \"{Isotonic}\" and hold default and languages curves.");
        }

        foreach (var (name, set) in calibration.Languages.Select(kv => (kv.Key, kv.Value)).Prepend(("default", calibration.Default)))
        {
            set.All.Validate($"{path} ({name})");
            foreach (var (type, curve) in set.Types)
            {
                curve.Validate($"{path} ({name}, {type})");
            }
        }

        return calibration;
    }

    /// <summary>Writes the file into <paramref name="folder"/>.</summary>
    public void Save(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}
