using EntityGraph.Telemetry.Drift;
using EntityGraph.Ner.Calibration;

namespace EntityGraph.Training.Export;

/// <summary>A fitted calibration and, per dev file, the reliability of the raw and of the calibrated confidences.</summary>
public sealed record CalibrationReport(ModelCalibration Calibration, IReadOnlyList<CalibrationFileReport> Files, DriftBaseline Baseline);
