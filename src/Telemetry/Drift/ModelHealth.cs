namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// One model in one language as this process has seen it: the rolling window against the model's dev baseline.
/// The indexes are null until the window holds <see cref="DriftOptions.MinEntities"/> entities or when the model has no baseline.
/// </summary>
/// <param name="Model">The model id.</param>
/// <param name="Language">The language the entities were recognized in.</param>
/// <param name="WindowEntities">Entities in the window.</param>
/// <param name="EntitiesSeen">Entities observed since start.</param>
/// <param name="BaselineEntities">Entities the baseline was computed from (0 without a baseline).</param>
/// <param name="ConfidencePsi">Stability index of the calibrated confidences (10 bins).</param>
/// <param name="TypePsi">Stability index of the entity-type mix.</param>
/// <param name="Threshold">The configured threshold.</param>
/// <param name="Drifting">Whether either index is above the threshold.</param>
/// <param name="Confidence">The window's share per confidence bin.</param>
/// <param name="BaselineConfidence">The baseline's share per confidence bin (empty without a baseline).</param>
/// <param name="Types">The window's share per entity type.</param>
/// <param name="BaselineTypes">The baseline's share per entity type (empty without a baseline).</param>
public sealed record ModelHealth(
    string Model,
    string Language,
    int WindowEntities,
    long EntitiesSeen,
    int BaselineEntities,
    double? ConfidencePsi,
    double? TypePsi,
    double Threshold,
    bool Drifting,
    IReadOnlyList<double> Confidence,
    IReadOnlyList<double> BaselineConfidence,
    IReadOnlyDictionary<string, double> Types,
    IReadOnlyDictionary<string, double> BaselineTypes);
