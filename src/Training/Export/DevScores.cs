using EntityGraph.Corpus;

namespace EntityGraph.Training.Export;

/// <summary>Dev-set entity scores (percent), micro and per type.</summary>
public sealed record DevScores(double Precision, double Recall, double F1, IReadOnlyDictionary<string, TypeScore> PerType, int Sentences, int Tokens)
{
    public static DevScores From(EntityScorer scorer)
    {
        var micro = scorer.Micro();
        return new DevScores(Math.Round(micro.Precision, 2), Math.Round(micro.Recall, 2), Math.Round(micro.F1, 2), scorer.PerType(), scorer.Sentences, scorer.Tokens);
    }
}
