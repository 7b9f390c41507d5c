using System.Text.Json.Serialization;

namespace EntityGraph.Ner.Calibration;

/// <summary>The curves of one language (or of all together): one per entity type that had enough data, and one for every type.</summary>
public sealed record CurveSet(
    [property: JsonPropertyName("all")] CalibrationCurve All,
    [property: JsonPropertyName("types")] IReadOnlyDictionary<string, CalibrationCurve> Types)
{
    /// <summary>The type's own curve when it has one, else the curve of every type.</summary>
    public CalibrationCurve For(string type) => Types.TryGetValue(type, out var curve) ? curve : All;
}
