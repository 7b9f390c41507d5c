namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Where calibrated confidence sends an entity, bound from "EntityGraph:Review": <see cref="Accept"/> and
/// <see cref="Reject"/> for every entity, and <see cref="Thresholds"/> that override them for a language (<c>en</c>), a
/// type (<c>PER</c>) or a type in a language (<c>en:PER</c>); the most specific wins, and an override may set one
/// threshold and keep the other.
/// </summary>
public sealed class ReviewOptions
{
    public const string SectionName = "EntityGraph:Review";

    /// <summary>Confidence from which an entity is accepted without review.</summary>
    public double Accept { get; set; } = ConfidenceThresholds.Default.Accept;

    /// <summary>Confidence below which an entity is rejected (kept for audit, not linked).</summary>
    public double Reject { get; set; } = ConfidenceThresholds.Default.Reject;

    /// <summary>Overrides by <c>LANG</c>, <c>TYPE</c> or <c>LANG:TYPE</c>.</summary>
    public Dictionary<string, ThresholdOverride> Thresholds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The thresholds of an entity of <paramref name="type"/> in <paramref name="language"/>.</summary>
    public ConfidenceThresholds For(string language, string type)
    {
        var accept = Accept;
        var reject = Reject;
        foreach (var key in new[] { language, type, $"{language}:{type}" })
        {
            if (Thresholds.TryGetValue(key, out var found))
            {
                accept = found.Accept ?? accept;
                reject = found.Reject ?? reject;
            }
        }

        return new ConfidenceThresholds(accept, reject);
    }
}
