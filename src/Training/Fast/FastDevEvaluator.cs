using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Scores examples through the shared bilstm-crf text-to-spans path, spans mapped back onto corpus tokens (conlleval
/// semantics). Predicted types absent from the tags of an example's source file are ignored there (MISC on WikiANN),
/// as the platform's eval does.
/// </summary>
public static class FastDevEvaluator
{
    public static EntityScorer Evaluate(IReadOnlyList<TextExample> examples, CrfSpanPredictor predictor, Func<IReadOnlyList<WordChunk>, List<float[]>> score, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(score);
        var prepared = examples.Select(e => predictor.Prepare(e.Text, 0, e.Text.Length)).ToList();
        var emissions = prepared.Select(p => new float[p.Chunks.Count][]).ToArray();
        var all = prepared.SelectMany((p, i) => p.Chunks.Select((c, j) => (Example: i, Chunk: j, c.Length))).OrderBy(x => x.Length).ToList();
        foreach (var batch in all.Chunk(batchSize))
        {
            var scored = score(batch.Select(b => prepared[b.Example].Chunks[b.Chunk]).ToList());
            for (var i = 0; i < batch.Length; i++)
            {
                emissions[batch[i].Example][batch[i].Chunk] = scored[i];
            }
        }

        var goldTypes = examples.GroupBy(e => e.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TagSchemeConverter.TypesOf(g.SelectMany(e => e.TokenTags ?? [])), StringComparer.Ordinal);
        var scorer = new EntityScorer();
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            if (example.TokenOffsets is null || example.TokenTags is null)
            {
                continue;
            }

            var spans = predictor.Decode(prepared[i], emissions[i])
                .Where(s => goldTypes[example.Source].Contains(s.Type))
                .Select(s => new EntitySpan(s.Start, s.End, s.Type)).ToList();
            scorer.Add(example.TokenTags, TagSpans.ToTokenTags(spans, example.TokenOffsets));
        }

        return scorer;
    }
}
