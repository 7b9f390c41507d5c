using System.Diagnostics;
using EntityGraph.Grains;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Sends source items through their document grains, <c>parallelism</c> at a time, and reports each result
/// (serially, in completion order) as it comes. A failing document never stops the others. Items are read
/// <see cref="ReadAhead"/> of the grains, up to two per worker.
/// </summary>
public sealed class DocumentIngestor(IGrainFactory grains)
{
    public const string InternalError = "INTERNAL_ERROR";

    public async Task<IngestSummary> IngestAsync(
        IAsyncEnumerable<SourceItem> items,
        int parallelism,
        Func<IngestItemResult, CancellationToken, ValueTask> report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(report);
        var stopwatch = Stopwatch.StartNew();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(1, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ReadAhead.BufferAsync(items, 2 * options.MaxDegreeOfParallelism, cancellationToken), options, async (item, token) =>
        {
            var result = await IngestOneAsync(item, token);
            await gate.WaitAsync(token);
            try
            {
                counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
                await report(result, token);
            }
            finally
            {
                gate.Release();
            }
        });

        return new IngestSummary(
            counts.GetValueOrDefault("Created"),
            counts.GetValueOrDefault("Updated"),
            counts.GetValueOrDefault("Unchanged"),
            counts.GetValueOrDefault(IngestItemResult.Failed),
            counts.GetValueOrDefault(IngestItemResult.Skipped),
            stopwatch.Elapsed);
    }

    private async Task<IngestItemResult> IngestOneAsync(SourceItem item, CancellationToken cancellationToken)
    {
        if (item.Document is not { } document)
        {
            var error = item.Error ?? new SourceError(InternalError, "nothing was read", Skipped: false);
            return new IngestItemResult(item.Origin, null, error.Skipped ? IngestItemResult.Skipped : IngestItemResult.Failed, Error: new IngestError(error.Code, error.Message));
        }

        try
        {
            var result = await grains.GetGrain<IDocumentGrain>(document.Id).IngestAsync(document, cancellationToken);
            var extraction = result.Extraction;
            return new IngestItemResult(
                item.Origin,
                result.DocumentId,
                result.Outcome,
                extraction.Language,
                extraction.UsedFallback,
                extraction.Entities.Where(e => e.EntityId is not null).Select(e => e.EntityId).Distinct(StringComparer.Ordinal).Count(),
                extraction.Entities.Count(e => e.EntityId is not null));
        }
        catch (EntityGraphException ex)
        {
            return new IngestItemResult(item.Origin, document.Id, IngestItemResult.Failed, Error: new IngestError(ex.Code, ex.Message));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new IngestItemResult(item.Origin, document.Id, IngestItemResult.Failed, Error: new IngestError(InternalError, ex.Message));
        }
    }
}
