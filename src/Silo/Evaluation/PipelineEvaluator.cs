using EntityGraph.Storage;
using System.Diagnostics;
using EntityGraph.Corpus;
using EntityGraph.Grains;
using EntityGraph.Ner.Calibration;

namespace EntityGraph.Silo.Evaluation;

/// <summary>
/// Runs labelled sentences through the platform's extraction grains (raw text in, character spans out) and scores the
/// spans mapped back onto the corpus tokens. Predicted types absent from the data's tag set are ignored and reported.
/// Sentences the platform rejects as input (e.g. U+FFFD from a bad conversion) count as predicting nothing, and are reported.
/// Every predicted entity's confidence is checked against whether it was right: expected calibration error, reliability
/// bins, and what the accept / reject thresholds do.
/// </summary>
public sealed class PipelineEvaluator(IGrainFactory grains, int parallelism = 16)
{
    public async Task<(EvaluationReport Report, SentencePrediction[] Predictions)> EvaluateAsync(
        IReadOnlyList<LabeledSentence> sentences, string language, ExtractionAccuracy accuracy, Func<string, ConfidenceThresholds> thresholds, string? domain = null, CancellationToken cancellationToken = default)
    {
        var examples = sentences.Select(s => SentenceText.Build(s, language)).ToList();
        var goldTypes = TagSchemeConverter.TypesOf(sentences.SelectMany(s => s.Tags));
        var predictions = new SentencePrediction[examples.Count];
        var scored = new (ScoredPrediction, ConfidenceThresholds)[examples.Count][];
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var models = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var extraction = grains.GetGrain<IExtractionGrain>(0);
        await Parallel.ForEachAsync(Enumerable.Range(0, examples.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var example = examples[i];
            ExtractionResult result;
            try
            {
                result = await extraction.ExtractAsync(example.Text, language, accuracy, domain, token);
            }
            catch (EntityGraphException ex) when (ex.Code == ErrorCodes.InvalidInput)
            {
                Interlocked.Increment(ref rejected);
                predictions[i] = new SentencePrediction(example.TokenTags!.Select(_ => "O").ToArray(), new double?[example.TokenTags!.Count]);
                scored[i] = [];
                return;
            }

            var spans = new List<EntitySpan>();
            lock (models)
            {
                foreach (var part in result.Parts)
                {
                    models.Add(part.ModelId);
                }

                foreach (var entity in result.Entities.Where(e => !goldTypes.Contains(e.Type)))
                {
                    ignored.Add(entity.Type);
                }
            }

            var entities = result.Entities.Where(e => goldTypes.Contains(e.Type)).ToList();
            spans.AddRange(entities.Select(e => new EntitySpan(e.Start, e.End, e.Type)));
            var tags = TagSpans.ToTokenTags(spans, example.TokenOffsets!, out var owners);
            predictions[i] = new SentencePrediction(tags, owners.Select(o => o < 0 ? (double?)null : entities[o].Confidence).ToArray());
            var outcomes = SpanOutcomes.Label(example, spans);
            scored[i] = entities.Select((e, k) => (new ScoredPrediction(e.Confidence, outcomes[k]), thresholds(e.Type))).ToArray();
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var scorer = new EntityScorer();
        for (var i = 0; i < examples.Count; i++)
        {
            scorer.Add(sentences[i].Tags, predictions[i].Tags);
        }

        var micro = scorer.Micro();
        var report = new EvaluationReport(
            string.Join('+', models.Order(StringComparer.Ordinal)),
            language,
            Round(micro.Precision),
            Round(micro.Recall),
            Round(micro.F1),
            scorer.PerType().ToDictionary(kv => kv.Key, kv => new TypeReport(Round(kv.Value.Precision), Round(kv.Value.Recall), Round(kv.Value.F1), kv.Value.Support)),
            scorer.Sentences,
            scorer.Tokens,
            Math.Round(seconds, 2),
            ignored.Order(StringComparer.Ordinal).ToList(),
            rejected,
            ConfidenceReport.From(ReliabilityTable.From(scored.SelectMany(s => s).ToList()), thresholds));
        return (report, predictions);
    }

    private static double Round(double value) => Math.Round(value, 2);
}
