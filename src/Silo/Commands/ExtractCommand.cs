using EntityGraph.CommandLine;
using EntityGraph.Storage;
using System.Text;
using System.Text.Json;
using EntityGraph.Grains;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph extract: entities of one text (or of every line of a JSONL file) as JSON, nothing stored.</summary>
public sealed class ExtractCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "extract",
        "Print the entities of a text (--text or stdin), or of every line of a JSONL file (--input), as JSON; nothing is stored.",
        [
            new OptionSpec("text", "TEXT", "The text; read from stdin (UTF-8) when absent."),
            new OptionSpec("input", "FILE", "A JSONL file ({id, text, language?, domain?} per line): one JSON line of entities per document on stdout, the time taken on stderr."),
            CommonOptions.Parallel,
            new OptionSpec("language", "LANG", "ISO 639 language of the whole text; detected per paragraph when absent."),
            CommonOptions.AccuracyOption,
            new OptionSpec("domain", "NAME", "A domain whose model serves where one is active (else the language's general model)."),
            CommonOptions.DataDir,
            CommonOptions.Verbose,
        ]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var accuracy = CommonOptions.Accuracy(arguments);
        var input = arguments.Value("input");
        if (input is not null && arguments.Value("text") is not null)
        {
            throw new UsageException("give --text or --input, not both", Spec.Name);
        }

        if (input is not null && !File.Exists(input))
        {
            throw new EntityGraphException(ErrorCodes.FileNotFound, $"No file '{input}'.");
        }

        var text = input is null ? arguments.Value("text") ?? await ReadInputAsync(console, cancellationToken) : string.Empty;
        var settings = CommonOptions.Apply(this.defaults, arguments) with { InitializeStore = false };
        await using var runtime = await WorkerRuntime.StartAsync(settings, HostMode.Worker, cancellationToken);
        if (input is not null)
        {
            var runner = new ExtractFileRunner(runtime.Grains, accuracy, arguments.Value("domain"), arguments.Integer(CommonOptions.Parallel.Name, 4), console);
            return await runner.RunAsync(input, cancellationToken);
        }

        var result = await runtime.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(text, arguments.Value("language"), accuracy, arguments.Value("domain"), cancellationToken);
        await console.Out.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Indented));
        return ExitCodes.Success;
    }

    private static async Task<string> ReadInputAsync(CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await console.In.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "Standard input is not valid UTF-8 text.");
        }
    }
}
