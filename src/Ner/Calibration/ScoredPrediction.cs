namespace EntityGraph.Ner.Calibration;

/// <summary>One predicted entity as calibration sees it: its confidence and whether span and type were right.</summary>
public readonly record struct ScoredPrediction(double Confidence, bool Correct);
