namespace EntityGraph.Ner.Calibration;

/// <summary>A predicted entity on a dev set: its language and type, its raw score and whether it was right.</summary>
public readonly record struct LabeledPrediction(string Language, string Type, double Score, bool Correct)
{
    public ScoredPrediction Scored => new(Score, Correct);
}
