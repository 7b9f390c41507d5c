using EntityGraph.Ner.Calibration;

namespace EntityGraph.Training.Export;

/// <summary>One dev file's reliability before calibration, after it, and after a two-fold cross-fit (curves applied to sentences they were not fitted on).</summary>
public sealed record CalibrationFileReport(string DevSet, ReliabilityTable Raw, ReliabilityTable Calibrated, ReliabilityTable CrossFitted);
