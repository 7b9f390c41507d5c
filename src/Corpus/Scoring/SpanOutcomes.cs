namespace EntityGraph.Corpus;

/// <summary>
/// Whether each predicted span is right under strict scoring (conlleval semantics): mapped onto the example's tokens
/// (every token it overlaps), its token range and type must equal a gold chunk's.
/// </summary>
public static class SpanOutcomes
{
    public static bool[] Label(TextExample example, IReadOnlyList<EntitySpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(predicted);
        var offsets = example.TokenOffsets ?? throw new ArgumentException("The example was not built from tokens.", nameof(example));
        var tags = example.TokenTags ?? throw new ArgumentException("The example has no token tags.", nameof(example));
        var gold = Chunks.Extract(tags).ToHashSet();
        var outcomes = new bool[predicted.Count];
        for (var i = 0; i < predicted.Count; i++)
        {
            var span = predicted[i];
            var first = -1;
            var last = -1;
            for (var t = 0; t < offsets.Count; t++)
            {
                if (offsets[t].End > span.Start && offsets[t].Start < span.End)
                {
                    first = first < 0 ? t : first;
                    last = t;
                }
            }

            outcomes[i] = first >= 0 && gold.Contains(new Chunk(first, last + 1, span.Type));
        }

        return outcomes;
    }
}
