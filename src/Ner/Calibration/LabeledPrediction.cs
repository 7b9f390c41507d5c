namespace EntityGraph.Ner.Calibration;

/// <summary>A predicted entity on a dev set: where it was found, its language and type, its raw score and whether it was right.</summary>
public readonly record struct LabeledPrediction(string DevSet, string Language, string Type, double Score, bool Correct)
{
    public ScoredPrediction Scored => new(Score, Correct);
}
