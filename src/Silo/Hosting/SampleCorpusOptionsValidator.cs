using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>Requires a sample corpus path when loading is on.</summary>
public sealed class SampleCorpusOptionsValidator : IValidateOptions<SampleCorpusOptions>
{
    public ValidateOptionsResult Validate(string? name, SampleCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.LoadOnFirstStart && string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail($"{SampleCorpusOptions.SectionName}:Path must name a JSONL file when LoadOnFirstStart is true.")
            : ValidateOptionsResult.Success;
    }
}
