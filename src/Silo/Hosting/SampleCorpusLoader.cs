using EntityGraph.Grains.Options;
using EntityGraph.Silo.Ingestion;
using EntityGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// On serve start, when the store holds no documents, ingests the sample corpus through the grains in the
/// background (the API answers meanwhile) and logs the outcome. Runs after the silo has started.
/// </summary>
internal sealed class SampleCorpusLoader(
    IGraphStore store,
    IGrainFactory grains,
    IOptions<SampleCorpusOptions> sampleOptions,
    IOptions<IngestOptions> ingestOptions,
    ILogger<SampleCorpusLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = sampleOptions.Value;
        if (!options.LoadOnFirstStart)
        {
            return;
        }

        try
        {
            var statistics = await store.GetStatisticsAsync(stoppingToken);
            if (statistics.Documents > 0)
            {
                HostLog.SamplesNotNeeded(logger, statistics.Documents);
                return;
            }

            var path = Resolve(options.Path);
            if (path is null)
            {
                HostLog.SamplesMissing(logger, options.Path);
                return;
            }

            HostLog.SamplesLoading(logger, path);
            var reader = new DocumentSourceReader(ingestOptions.Value.MaxTextBytes);
            var summary = await new DocumentIngestor(grains).IngestAsync(
                reader.ReadAsync([path], stoppingToken),
                parallelism: 1,
                (result, _) =>
                {
                    if (result.Error is { } error)
                    {
                        HostLog.SampleFailed(logger, result.Origin, error.Code, error.Message);
                    }

                    return ValueTask.CompletedTask;
                },
                stoppingToken);
            HostLog.SamplesLoaded(logger, summary.ToString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HostLog.SamplesFailed(logger, ex);
        }
    }

    private static string? Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return File.Exists(path) ? path : null;
        }

        var fromWorkingFolder = Path.GetFullPath(path);
        if (File.Exists(fromWorkingFolder))
        {
            return fromWorkingFolder;
        }

        var besideExecutable = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideExecutable) ? besideExecutable : null;
    }
}
