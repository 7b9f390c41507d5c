using EntityGraph.Corpus;

namespace EntityGraph.Training.Training;

/// <summary>Dev scores of a multi-file dev set: all files pooled, and F1 per file ("lang/file").</summary>
public sealed record DevFileScores(EntityScorer Overall, IReadOnlyDictionary<string, double> PerFile)
{
    /// <summary>Mean of the per-file F1 scores: every language counts the same in model selection.</summary>
    public double MacroF1 => PerFile.Count == 0 ? 0 : PerFile.Values.Average();
}
