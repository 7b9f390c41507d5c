using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Configuration;

/// <summary>Rejects graph store options that name no registered backend or that the named backend cannot open.</summary>
public sealed class GraphStoreOptionsValidator(IEnumerable<IGraphStoreProvider> providers) : IValidateOptions<GraphStoreOptions>
{
    private static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinCheckpointInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxCheckpointInterval = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"EntityGraph:Storage:BusyTimeout must be above zero and at most {MaxBusyTimeout}, not {options.BusyTimeout}.");
        }

        if (options.CheckpointInterval < MinCheckpointInterval || options.CheckpointInterval > MaxCheckpointInterval)
        {
            failures.Add($"EntityGraph:Storage:CheckpointInterval must be between {MinCheckpointInterval} and {MaxCheckpointInterval}, not {options.CheckpointInterval}.");
        }

        var provider = GraphStoreProviders.Find(providers, options.Provider, out var problem);
        if (provider is null)
        {
            failures.Add(problem!);
        }
        else
        {
            failures.AddRange(provider.Validate(options));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
