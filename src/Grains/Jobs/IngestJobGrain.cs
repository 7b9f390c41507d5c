using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Grains.Jobs;

/// <summary>
/// One activation per running ingest job: stores the job on start and runs it with <see cref="IngestJobRunner"/> in the
/// background of the activation (never inside one long grain call), so status reads and cancellation are answered while it
/// runs. The activation is kept alive while the job runs; if it is lost (the silo died), <see cref="ResumeAsync"/> from any
/// silo's <c>JobResumer</c> starts the job again where its stored items say it is.
/// </summary>
public sealed class IngestJobGrain(IJobStore store, IServiceProvider services, TimeProvider clock, ILogger<IngestJobGrain> logger) : Grain, IIngestJobGrain
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(5);
    private CancellationTokenSource? _stop;
    private Task? _run;

    public async Task StartAsync(IngestJobRequest request, CancellationToken cancellationToken = default)
    {
        IngestJobRules.Validate(request);
        var id = this.GetPrimaryKeyString();
        var spec = new IngestJobSpec(request.Paths, request.Options);
        await Translate(async () =>
        {
            await store.CreateJobAsync(new JobRecord(id, IngestJobSpec.Kind, JobStates.Queued, spec.ToJson(), request.Actor, clock.GetUtcNow()), cancellationToken);
            if (request.Documents is { } documents)
            {
                var items = documents.Select(d => new JobItemWrite(d.Id, IngestJobSpec.Serialize(spec.Apply(d, request.Actor)))).ToList();
                await store.AddJobItemsAsync(id, items, complete: true, cancellationToken);
            }

            return true;
        });
        StartRun();
    }

    public async Task<bool> ResumeAsync(CancellationToken cancellationToken = default)
    {
        if (_run is { IsCompleted: false })
        {
            return true;
        }

        var job = await store.GetJobAsync(this.GetPrimaryKeyString(), cancellationToken);
        if (job is null || JobStates.IsFinished(job.State))
        {
            return false;
        }

        StartRun();
        return true;
    }

    public async Task CancelAsync(CancellationToken cancellationToken = default)
    {
        var id = this.GetPrimaryKeyString();
        await Translate(() => store.SetJobStateAsync(id, JobStates.Cancelled, null, cancellationToken));
        if (_stop is { } stop)
        {
            await stop.CancelAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_stop is { } stop && _run is { } run)
        {
            await stop.CancelAsync();
            await run.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Current);
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>Starts the runner on this activation's scheduler; its awaits let other calls in between.</summary>
    private void StartRun()
    {
        _stop?.Dispose();
        _stop = new CancellationTokenSource();
        DelayDeactivation(KeepAlive);
        _run = RunAsync(_stop.Token);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        var runner = new IngestJobRunner(store, GrainFactory, services.GetService<IIngestJobSource>(), logger);
        try
        {
            await runner.RunAsync(id, () => DelayDeactivation(KeepAlive), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled or deactivated: the stored items say where to go on.
        }
        catch (Exception failure)
        {
            JobLog.Interrupted(logger, failure, id, failure.Message);
        }
    }

    private static async Task<T> Translate<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }
}
