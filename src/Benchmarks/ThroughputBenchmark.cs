using System.Diagnostics;
using EntityGraph.Ner;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Sends every sentence text through <see cref="INerService"/> as its own request, <c>concurrency</c> at a time (so the
/// runtime's dynamic batching works as in production), after an untimed warm-up pass; returns words per second per pass.
/// </summary>
public sealed class ThroughputBenchmark(INerService ner, IReadOnlyList<string> texts, int words, int concurrency, TextWriter log)
{
    public async Task<TierResult> RunAsync(string tier, string language, int runs, CancellationToken cancellationToken = default)
    {
        var accuracy = tier == "fast" ? NerAccuracy.Fast : NerAccuracy.Best;
        var route = ner.Route(language, accuracy);
        var entities = await PassAsync(language, accuracy, cancellationToken);
        var rates = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await PassAsync(language, accuracy, cancellationToken);
            rates.Add(words / clock.Elapsed.TotalSeconds);
            log.WriteLine($"{tier} ({route.ModelId}) pass {run + 1}/{runs}: {rates[^1]:F0} words/s ({clock.Elapsed.TotalSeconds:F2} s)");
        }

        return new TierResult(tier, route.ModelId, texts.Count, words, rates, entities);
    }

    private async Task<int> PassAsync(string language, NerAccuracy accuracy, CancellationToken cancellationToken)
    {
        var entities = 0;
        await Parallel.ForEachAsync(texts, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (text, token) =>
        {
            var response = await ner.RecognizeAsync(new NerRequest(text, language, accuracy), token);
            Interlocked.Add(ref entities, response.Entities.Count);
        });
        return entities;
    }
}
