using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Configuration;

/// <summary>Rejects graph store options that cannot open a database.</summary>
public sealed class GraphStoreOptionsValidator : IValidateOptions<GraphStoreOptions>
{
    private static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("EntityGraph:Storage:DataDirectory must name a folder.");
        }
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"EntityGraph:Storage:DataDirectory '{options.DataDirectory}' contains invalid characters.");
        }

        if (string.IsNullOrWhiteSpace(options.FileName))
        {
            failures.Add("EntityGraph:Storage:FileName must name a file.");
        }
        else if (options.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || options.FileName is "." or "..")
        {
            failures.Add($"EntityGraph:Storage:FileName '{options.FileName}' must be a plain file name without folders.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"EntityGraph:Storage:BusyTimeout must be above zero and at most {MaxBusyTimeout}, not {options.BusyTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
