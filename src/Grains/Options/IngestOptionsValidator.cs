using Microsoft.Extensions.Options;

namespace EntityGraph.Grains.Options;

/// <summary>Rejects ingest settings that cannot work.</summary>
public sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxTextBytes < 1)
        {
            failures.Add($"{IngestOptions.SectionName}:MaxTextBytes must be at least 1 (was {options.MaxTextBytes}).");
        }

        if (options.AutomaticTagCount < 0)
        {
            failures.Add($"{IngestOptions.SectionName}:AutomaticTagCount must not be negative (was {options.AutomaticTagCount}).");
        }

        if (options.MinTagSalience is < 0 or > 1 || double.IsNaN(options.MinTagSalience))
        {
            failures.Add($"{IngestOptions.SectionName}:MinTagSalience must be in [0,1] (was {options.MinTagSalience}).");
        }

        if (double.IsNaN(options.MinRoutingConfidence) || options.MinRoutingConfidence is < 0 or > 1)
        {
            failures.Add($"{IngestOptions.SectionName}:MinRoutingConfidence must be in [0,1] (was {options.MinRoutingConfidence}).");
        }

        if (options.ModelTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{IngestOptions.SectionName}:ModelTimeout must be positive (was {options.ModelTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
