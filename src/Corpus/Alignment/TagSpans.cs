namespace EntityGraph.Corpus;

/// <summary>Conversions between IOB2 tags over units (tokens or words) and character spans.</summary>
public static class TagSpans
{
    /// <summary>Character spans of the IOB2 chunks (conlleval chunk boundaries) over units with the given offsets.</summary>
    public static List<EntitySpan> FromTokenTags(IReadOnlyList<string> tags, IReadOnlyList<(int Start, int End)> offsets)
    {
        var spans = new List<EntitySpan>();
        foreach (var chunk in Chunks.Extract(tags))
        {
            spans.Add(new EntitySpan(offsets[chunk.Start].Start, offsets[chunk.End - 1].End, chunk.Type));
        }

        return spans;
    }

    /// <summary>
    /// IOB2 tags for units from character spans: the first unit overlapping a span gets B-, later overlapping units I-.
    /// </summary>
    public static string[] ToTokenTags(IReadOnlyList<EntitySpan> spans, IReadOnlyList<(int Start, int End)> offsets) =>
        ToTokenTags(spans, offsets, out _);

    /// <summary>As <see cref="ToTokenTags(IReadOnlyList{EntitySpan}, IReadOnlyList{ValueTuple{int, int}})"/>, with the index of the span each unit took its tag from (-1 for O).</summary>
    public static string[] ToTokenTags(IReadOnlyList<EntitySpan> spans, IReadOnlyList<(int Start, int End)> offsets, out int[] owners)
    {
        var tags = Enumerable.Repeat("O", offsets.Count).ToArray();
        owners = Enumerable.Repeat(-1, offsets.Count).ToArray();
        foreach (var (span, index) in spans.Select((s, i) => (s, i)).OrderBy(p => p.s.Start))
        {
            var first = true;
            for (var i = 0; i < offsets.Count; i++)
            {
                var (start, end) = offsets[i];
                if (end <= span.Start || start >= span.End || tags[i] != "O")
                {
                    continue;
                }

                tags[i] = (first ? "B-" : "I-") + span.Type;
                owners[i] = index;
                first = false;
            }
        }

        return tags;
    }
}
