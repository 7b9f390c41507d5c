using EntityGraph.Ner.Calibration;

namespace EntityGraph.Training.Export;

/// <summary>One dev file's reliability before and after calibration.</summary>
public sealed record CalibrationFileReport(string DevSet, ReliabilityTable Raw, ReliabilityTable Calibrated);
