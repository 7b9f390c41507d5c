namespace EntityGraph.Corpus;

/// <summary>Accumulates strict entity-level matches (conlleval semantics) over sentences of gold and predicted IOB2 tags.</summary>
public sealed class EntityScorer
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold has {gold.Count} tags but the prediction has {predicted.Count}.");
        }

        Sentences++;
        Tokens += gold.Count;
        var goldChunks = Chunks.Extract(gold);
        var predictedChunks = Chunks.Extract(predicted);
        var goldSet = new HashSet<Chunk>(goldChunks);
        foreach (var chunk in goldChunks)
        {
            Bump(chunk.Type, 0, 0, 1);
        }

        foreach (var chunk in predictedChunks)
        {
            Bump(chunk.Type, goldSet.Contains(chunk) ? 1 : 0, 1, 0);
        }
    }

    public TypeScore Micro()
    {
        var correct = _counts.Values.Sum(c => c.Correct);
        var predicted = _counts.Values.Sum(c => c.Predicted);
        var gold = _counts.Values.Sum(c => c.Gold);
        return TypeScore.From(correct, predicted, gold);
    }

    public IReadOnlyDictionary<string, TypeScore> PerType() =>
        _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => TypeScore.From(kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold));

    private void Bump(string type, int correct, int predicted, int gold)
    {
        _counts.TryGetValue(type, out var c);
        _counts[type] = (c.Correct + correct, c.Predicted + predicted, c.Gold + gold);
    }
}
