using EntityGraph.Grains;
using EntityGraph.Ner;
using EntityGraph.Ner.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// One language and tier on the benchmark corpus: the model's raw limit (its session run on inputs encoded and batched
/// ahead, nothing else timed) and <c>extract</c> through the extraction grain of an in-process silo, one request at a time
/// and <c>concurrency</c> at once, on the same documents.
/// </summary>
public sealed class ModelThroughputBenchmark(IServiceProvider services, IGrainFactory grains, BenchTimer timer, int concurrency, TextWriter progress)
{
    public async Task<ModelBenchResult> RunAsync(string language, ExtractionAccuracy tier, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var accuracy = tier == ExtractionAccuracy.Fast ? NerAccuracy.Fast : NerAccuracy.Best;
        var route = services.GetRequiredService<INerService>().Route(language, accuracy);
        var model = await services.GetRequiredService<ModelCatalog>().GetAsync(route.ModelId, cancellationToken).ConfigureAwait(false);
        var maxBatch = services.GetRequiredService<IOptions<NerOptions>>().Value.MaxBatchWindows;
        var words = documents.Sum(d => d.Words);
        var name = $"{language} {TierName(tier)} ({route.ModelId})";

        var batches = model.EncodeBatches(documents.Select(d => d.Text), maxBatch);
        double rawWords, rawTokens;
        try
        {
            var tokens = batches.Sum(b => b.Tokens);
            rawWords = await timer.RateAsync(words, _ => RunAll(batches), cancellationToken).ConfigureAwait(false);
            rawTokens = rawWords * tokens / words;
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }

        await progress.WriteLineAsync($"{name}: raw {rawWords:F0} words/s").ConfigureAwait(false);
        var extraction = grains.GetGrain<IExtractionGrain>(0);
        var single = await timer.RateAsync(words, token => ExtractAllAsync(extraction, documents, tier, 1, token), cancellationToken).ConfigureAwait(false);
        await progress.WriteLineAsync($"{name}: extract one at a time {single:F0} words/s").ConfigureAwait(false);
        var full = await timer.RateAsync(words, token => ExtractAllAsync(extraction, documents, tier, concurrency, token), cancellationToken).ConfigureAwait(false);
        await progress.WriteLineAsync($"{name}: extract {concurrency} at once {full:F0} words/s ({full / rawWords:P1} of raw)").ConfigureAwait(false);
        return new ModelBenchResult(route.ModelId, language, TierName(tier), words, rawTokens, rawWords, single, full, full / rawWords);
    }

    /// <summary>Extracts every document through the grain, <paramref name="parallelism"/> at once, with its language given.</summary>
    public static Task ExtractAllAsync(IExtractionGrain extraction, IReadOnlyList<BenchDocument> documents, ExtractionAccuracy tier, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return Parallel.ForEachAsync(
            documents,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (document, token) => await extraction.ExtractAsync(document.Text, document.Language, tier, null, token).ConfigureAwait(false));
    }

    public static string TierName(ExtractionAccuracy tier) => tier == ExtractionAccuracy.Fast ? "fast" : "best";

    private static Task RunAll(IReadOnlyList<EncodedBatch> batches)
    {
        foreach (var batch in batches)
        {
            batch.RunAll();
        }

        return Task.CompletedTask;
    }
}
