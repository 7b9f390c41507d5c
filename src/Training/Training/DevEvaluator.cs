using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;

namespace EntityGraph.Training.Training;

/// <summary>Scores examples through the shared text-to-spans path, spans mapped back onto corpus tokens (conlleval semantics).</summary>
public static class DevEvaluator
{
    /// <summary>
    /// Scores every file on its own and all together. Predicted types absent from a file's tags are ignored there
    /// (a model with MISC scored on WikiANN), as the platform's eval does.
    /// </summary>
    public static DevFileScores EvaluateFiles(
        IReadOnlyList<CorpusFile> files, SpanPredictor predictor, Func<IReadOnlyList<Ner.Encoding.NerWindow>, List<float[]>> score, int batchWindows = 64)
    {
        var overall = new EntityScorer();
        var perFile = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var types = TagSchemeConverter.TypesOf(file.Examples.SelectMany(e => e.TokenTags ?? []));
            var scorer = Evaluate(file.Examples, predictor, score, batchWindows, types, overall);
            perFile[$"{file.Language}/{Path.GetFileName(file.Path)}"] = scorer.Micro().F1;
        }

        return new DevFileScores(overall, perFile);
    }

    public static EntityScorer Evaluate(
        IReadOnlyList<TextExample> examples, SpanPredictor predictor, Func<IReadOnlyList<Ner.Encoding.NerWindow>, List<float[]>> score, int batchWindows = 64,
        IReadOnlySet<string>? keepTypes = null, EntityScorer? alsoInto = null)
    {
        var scorer = new EntityScorer();
        var prepared = examples.Select(e => predictor.Prepare(e.Text, 0, e.Text.Length)).ToList();
        var order = Enumerable.Range(0, prepared.Count).OrderBy(i => prepared[i].Windows.Sum(w => w.Length)).ToList();
        var logits = new List<float[]>[prepared.Count];
        var pending = new List<(int Example, int Window)>();
        foreach (var index in order)
        {
            logits[index] = new List<float[]>(new float[prepared[index].Windows.Count][]);
            for (var w = 0; w < prepared[index].Windows.Count; w++)
            {
                pending.Add((index, w));
            }

            if (pending.Count >= batchWindows)
            {
                Flush();
            }
        }

        Flush();
        for (var i = 0; i < examples.Count; i++)
        {
            var spans = predictor.Decode(prepared[i], logits[i])
                .Where(s => keepTypes is null || keepTypes.Contains(s.Type))
                .Select(s => new EntitySpan(s.Start, s.End, s.Type)).ToList();
            var example = examples[i];
            if (example.TokenOffsets is not null && example.TokenTags is not null)
            {
                var predicted = TagSpans.ToTokenTags(spans, example.TokenOffsets);
                scorer.Add(example.TokenTags, predicted);
                alsoInto?.Add(example.TokenTags, predicted);
            }
        }

        return scorer;

        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }

            var scored = score(pending.Select(p => prepared[p.Example].Windows[p.Window]).ToList());
            for (var i = 0; i < pending.Count; i++)
            {
                logits[pending[i].Example][pending[i].Window] = scored[i];
            }

            pending.Clear();
        }
    }
}
