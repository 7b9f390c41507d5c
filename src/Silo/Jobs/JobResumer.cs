using EntityGraph.Grains;
using EntityGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Jobs;

/// <summary>
/// Keeps unfinished jobs running: at start and every <see cref="JobOptions.ResumeInterval"/>, calls
/// <see cref="IIngestJobGrain.ResumeAsync"/> for every QUEUED or RUNNING job in the store. A job grain has one activation in
/// the cluster, so the call is answered by the activation already running the job, or activates one (on this or another
/// silo) that resumes the job from its stored items: a job whose silo died or restarted goes on without anything sent.
/// </summary>
internal sealed class JobResumer(IJobStore store, IGrainFactory grains, IOptions<JobOptions> options, ILogger<JobResumer> logger) : BackgroundService
{
    private const int PageSize = 100;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ResumeInterval);
        do
        {
            try
            {
                await ResumeAllAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                JobHostLog.ResumeFailed(logger, failure, failure.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Asks one job's grain to run; a grain whose silo died may not answer until the cluster notices, so the wait is bounded and the next round tries again.</summary>
    private async Task ResumeAsync(string jobId, CancellationToken cancellationToken)
    {
        try
        {
            if (await grains.GetGrain<IIngestJobGrain>(jobId).ResumeAsync(cancellationToken).WaitAsync(CallTimeout, cancellationToken))
            {
                JobHostLog.Resumed(logger, jobId);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            JobHostLog.ResumeFailed(logger, failure, $"job {jobId}: {failure.Message}");
        }
    }

    private async Task ResumeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var state in new[] { JobStates.Queued, JobStates.Running })
        {
            for (var offset = 0; ; offset += PageSize)
            {
                var page = await store.ListJobsAsync(new JobQuery(state, PageSize, offset), cancellationToken);
                await Task.WhenAll(page.Items.Where(job => job.Kind == Grains.Jobs.IngestJobSpec.Kind).Select(job => ResumeAsync(job.Id, cancellationToken)));

                if (!page.HasNextPage)
                {
                    break;
                }
            }
        }
    }
}
