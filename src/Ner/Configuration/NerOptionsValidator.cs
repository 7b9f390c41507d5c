using Microsoft.Extensions.Options;

namespace EntityGraph.Ner;

/// <summary>Validates <see cref="NerOptions"/> at start-up.</summary>
public sealed class NerOptionsValidator : IValidateOptions<NerOptions>
{
    public ValidateOptionsResult Validate(string? name, NerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ModelsDirectory))
        {
            failures.Add("EntityGraph:Ner:ModelsDirectory must be set.");
        }

        if (options.ExecutionProvider is not ("auto" or "cpu" or "cuda"))
        {
            failures.Add($"EntityGraph:Ner:ExecutionProvider must be auto, cpu or cuda, not '{options.ExecutionProvider}'.");
        }

        if (options.MaxBatchWindows is < 1 or > 1024)
        {
            failures.Add("EntityGraph:Ner:MaxBatchWindows must be between 1 and 1024.");
        }

        if (options.BatchDelayMilliseconds is < 0 or > 1000)
        {
            failures.Add("EntityGraph:Ner:BatchDelayMilliseconds must be between 0 and 1000.");
        }

        if (options.IntraOpThreads < 0)
        {
            failures.Add("EntityGraph:Ner:IntraOpThreads must not be negative.");
        }

        foreach (var (language, route) in options.Routes)
        {
            if (route is null || (string.IsNullOrWhiteSpace(route.Best) && string.IsNullOrWhiteSpace(route.Fast)))
            {
                failures.Add($"EntityGraph:Ner:Routes:{language} must name a Best or a Fast model id.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
