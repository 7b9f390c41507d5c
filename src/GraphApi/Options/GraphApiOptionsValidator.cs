using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Options;

/// <summary>Rejects limits that would make the API unusable or unbounded.</summary>
public sealed class GraphApiOptionsValidator : IValidateOptions<GraphApiOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphApiOptions options)
    {
        var failures = new List<string>();
        if (options.MaxPageSize is < 1 or > 10_000)
        {
            failures.Add($"{nameof(GraphApiOptions.MaxPageSize)} must be between 1 and 10000 (was {options.MaxPageSize}).");
        }

        if (options.DefaultPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
        {
            failures.Add($"{nameof(GraphApiOptions.DefaultPageSize)} must be between 1 and {nameof(GraphApiOptions.MaxPageSize)} (was {options.DefaultPageSize}).");
        }

        if (options.MaxDepth is < GraphApiOptions.MinimumDepth or > 100)
        {
            failures.Add($"{nameof(GraphApiOptions.MaxDepth)} must be between {GraphApiOptions.MinimumDepth} (the introspection query's depth) and 100 (was {options.MaxDepth}).");
        }

        if (options.MaxComplexity < 1)
        {
            failures.Add($"{nameof(GraphApiOptions.MaxComplexity)} must be at least 1 (was {options.MaxComplexity}).");
        }

        if (options.MaxRequestBytes < 1024)
        {
            failures.Add($"{nameof(GraphApiOptions.MaxRequestBytes)} must be at least 1024 (was {options.MaxRequestBytes}).");
        }

        if (options.MaxConcurrentExtractions is < 1 or > 10_000 || options.MaxQueuedExtractions is < 0 or > 1_000_000)
        {
            failures.Add($"{nameof(GraphApiOptions.MaxConcurrentExtractions)} must be between 1 and 10000 and {nameof(GraphApiOptions.MaxQueuedExtractions)} between 0 and 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
