namespace EntityGraph.Benchmarks;

/// <summary>Timed passes of one tier over the benchmark text: words per second of each pass.</summary>
public sealed record TierResult(string Tier, string ModelId, int Sentences, int Words, IReadOnlyList<double> WordsPerSecond, int Entities)
{
    public double Median => WordsPerSecond.Order().ElementAt(WordsPerSecond.Count / 2);
}
