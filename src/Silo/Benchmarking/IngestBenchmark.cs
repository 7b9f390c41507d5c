using System.Diagnostics;
using EntityGraph.Grains;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// Ingest with linking into a fresh embedded store, per run: a new in-process silo over a new store folder, warmed up
/// (models loaded, one short document of each language ingested), then every benchmark document ingested and the same
/// documents extracted, <c>concurrency</c> at once, in alternating order from run to run. Medians of the runs.
/// </summary>
public sealed class IngestBenchmark(HostSettings settings, string workFolder, int runs, int concurrency, TextWriter progress)
{
    public async Task<IngestBenchResult> RunAsync(BenchCorpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var documents = corpus.All;
        var words = documents.Sum(d => d.Words);
        var ingestRates = new List<double>();
        var extractRates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Path.Combine(workFolder, $"ingest-{run}");
            await using var runtime = await WorkerRuntime.StartAsync(settings with { DataDirectory = folder, InitializeStore = true }, HostMode.Worker, cancellationToken).ConfigureAwait(false);
            var extraction = runtime.Grains.GetGrain<IExtractionGrain>(0);
            await ModelThroughputBenchmark.ExtractAllAsync(extraction, documents, ExtractionAccuracy.Best, concurrency, cancellationToken).ConfigureAwait(false);
            foreach (var language in corpus.Documents.Keys)
            {
                await runtime.Grains.GetGrain<IDocumentGrain>($"bench-warm-up-{language}")
                    .IngestAsync(new DocumentInput($"bench-warm-up-{language}", corpus.Sample(language, 60), language), cancellationToken).ConfigureAwait(false);
            }

            double ingestSeconds, extractSeconds;
            if (run % 2 == 1)
            {
                ingestSeconds = await IngestAllAsync(runtime.Grains, documents, cancellationToken).ConfigureAwait(false);
                extractSeconds = await TimeAsync(token => ModelThroughputBenchmark.ExtractAllAsync(extraction, documents, ExtractionAccuracy.Best, concurrency, token), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                extractSeconds = await TimeAsync(token => ModelThroughputBenchmark.ExtractAllAsync(extraction, documents, ExtractionAccuracy.Best, concurrency, token), cancellationToken).ConfigureAwait(false);
                ingestSeconds = await IngestAllAsync(runtime.Grains, documents, cancellationToken).ConfigureAwait(false);
            }

            ingestRates.Add(words / ingestSeconds);
            extractRates.Add(words / extractSeconds);
            await progress.WriteLineAsync($"ingest run {run}/{runs}: {documents.Count} documents, ingest {words / ingestSeconds:F0} words/s, extract {words / extractSeconds:F0} words/s ({extractSeconds / ingestSeconds:P1})").ConfigureAwait(false);
        }

        var ingest = BenchTimer.Median(ingestRates);
        var extract = BenchTimer.Median(extractRates);
        return new IngestBenchResult(documents.Count, concurrency, ingest, ingest * documents.Count / words, extract, ingest / extract);
    }

    private async Task<double> IngestAllAsync(IGrainFactory grains, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        var failed = 0;
        var seconds = await TimeAsync(
            token => Parallel.ForEachAsync(
                documents,
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = token },
                async (document, inner) =>
                {
                    var result = await grains.GetGrain<IDocumentGrain>(document.Id).IngestAsync(new DocumentInput(document.Id, document.Text, document.Language), inner).ConfigureAwait(false);
                    if (result.Outcome != "Created")
                    {
                        Interlocked.Increment(ref failed);
                    }
                }),
            cancellationToken).ConfigureAwait(false);
        return failed == 0 ? seconds : throw new EntityGraphException(ErrorCodes.InternalServerError, $"{failed} of {documents.Count} benchmark documents were not created in a fresh store.");
    }

    private static async Task<double> TimeAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await work(cancellationToken).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }
}
