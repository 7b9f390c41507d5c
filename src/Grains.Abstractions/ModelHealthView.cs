namespace EntityGraph.Grains;

/// <summary>
/// Drift of one model in one language as one silo has seen it: its rolling window of recent entities against the model's
/// dev baseline, by the population stability index (PSI) of the calibrated confidences (10 bins) and of the entity-type
/// mix. The indexes are null while the window is smaller than EntityGraph:Drift:MinEntities or the model has no baseline.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.ModelHealthView.v1")]
public sealed record ModelHealthView(
    [property: Id(0)] string Silo,
    [property: Id(1)] string Model,
    [property: Id(2)] string Language,
    [property: Id(3)] int WindowEntities,
    [property: Id(4)] long EntitiesSeen,
    [property: Id(5)] int BaselineEntities,
    [property: Id(6)] double? ConfidencePsi,
    [property: Id(7)] double? TypePsi,
    [property: Id(8)] double Threshold,
    [property: Id(9)] bool Drifting,
    [property: Id(10)] IReadOnlyList<double> Confidence,
    [property: Id(11)] IReadOnlyList<double> BaselineConfidence,
    [property: Id(12)] IReadOnlyDictionary<string, double> Types,
    [property: Id(13)] IReadOnlyDictionary<string, double> BaselineTypes);
