using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Tests;

/// <summary>Pipelines over the built-in recognizers (no NER model: the profiles' "model" entry is skipped).</summary>
internal static class Pipelines
{
    public static RecognizerPipeline BuiltIn(RecognizerOptions? options = null, ILogger<RecognizerPipeline>? logger = null, params IEntityRecognizer[] extra) =>
        new([.. BuiltInRecognizers.Create(), .. extra], Options.Create(options ?? new RecognizerOptions()), logger);

    public static RecognizerPipeline Only(RecognizerOptions options, params IEntityRecognizer[] recognizers) =>
        new(recognizers, Options.Create(options));
}
