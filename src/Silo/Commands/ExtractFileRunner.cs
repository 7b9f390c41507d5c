using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EntityGraph.Grains;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Ingestion;
using EntityGraph.Silo.Output;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// <c>entitygraph extract --input FILE.jsonl</c>: every line's text through the extraction grain (language detection,
/// routing, models, rules), <paramref name="parallelism"/> at once, nothing stored; one JSON line per document on stdout
/// (<c>{"id", "language", "entities"}</c>, or <c>{"id", "error"}</c>), and the time it took on stderr. With the same
/// parallelism as <c>ingest</c> it is the reference the ingest benchmark compares with.
/// </summary>
internal sealed class ExtractFileRunner(IGrainFactory grains, ExtractionAccuracy accuracy, string? domain, int parallelism, CliConsole console)
{
    public async Task<int> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var writer = new SemaphoreSlim(1, 1);
        var started = Stopwatch.GetTimestamp();
        long documents = 0, characters = 0, failed = 0;
        var extraction = grains.GetGrain<IExtractionGrain>(0);
        await Parallel.ForEachAsync(
            JsonlSource.ReadAsync(path, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                string line;
                if (item.Document is not { } document)
                {
                    Interlocked.Increment(ref failed);
                    line = JsonSerializer.Serialize(new { id = item.Origin, error = item.Error?.Message }, CliJson.Compact);
                }
                else
                {
                    try
                    {
                        var result = await extraction.ExtractAsync(document.Text, document.Language, accuracy, document.Domain ?? domain, token);
                        Interlocked.Increment(ref documents);
                        Interlocked.Add(ref characters, document.Text.Length);
                        line = JsonSerializer.Serialize(new { id = document.Id, language = result.Language, entities = result.Entities }, CliJson.Compact);
                    }
                    catch (EntityGraphException ex)
                    {
                        Interlocked.Increment(ref failed);
                        line = JsonSerializer.Serialize(new { id = document.Id, error = $"{ex.Code}: {ex.Message}" }, CliJson.Compact);
                    }
                }

                await writer.WaitAsync(token);
                try
                {
                    await console.Out.WriteLineAsync(line.AsMemory(), token);
                }
                finally
                {
                    writer.Release();
                }
            });

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"extracted {documents} documents ({characters} characters), {failed} failed, in {seconds:F1} s at parallelism {parallelism}"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
