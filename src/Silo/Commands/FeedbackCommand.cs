using System.Globalization;
using EntityGraph.CommandLine;
using EntityGraph.Export.Feedback;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// entitygraph feedback export: the documents whose review is complete, exactly as reviewed, as training data (JSONL or
/// IOB2), optionally of one language and/or one domain.
/// </summary>
public sealed class FeedbackCommand(HostSettings? defaults = null) : CliCommand
{
    public const string Export = "export";

    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "feedback",
        "Export reviewed documents (every mention decided, review completed) as training data.",
        [])
    {
        Subcommands =
        [
            new(
                Export,
                "Write the reviewed documents to OUT as JSONL or IOB2 training data.",
                [
                    .. CommonOptions.StoreOptions,
                    OptionSpec.Choice("format", $"{FeedbackFormats.Jsonl} (one document a line) or {FeedbackFormats.Iob2} (the project's words, one per line).", FeedbackFormats.All) with { Required = true },
                    new OptionSpec("language", "CODE", "Only documents in this language."),
                    new OptionSpec("domain", "NAME", "Only documents of this domain."),
                ],
                PositionalName: "OUT",
                MinPositionals: 1,
                MaxPositionals: 1,
                Notes:
                [
                    "jsonl lines: {\"id\",\"language\",\"domain\",\"text\",\"entities\":[{\"start\",\"end\",\"type\"}]}; offsets in UTF-16 code units.",
                    "iob2: \"word<TAB>TAG\" lines, a blank line after each sentence; words and sentences as the project's tokenizer cuts them.",
                    "Only documents whose review was completed (completeReview) are written, with their mentions as reviewed: rejected ones",
                    "left out, corrected and added ones as the reviewer left them. OUT '-' writes to stdout; a file is written whole or not at all.",
                    "The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION.",
                ])
            {
                PositionalDescription = "The file to write, or '-' for stdout.",
            },
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var format = arguments.Required("format");

        var domain = arguments.Value("domain");
        if (domain is not null && !DomainRules.IsValid(domain))
        {
            throw new UsageException($"--domain: {DomainRules.Describe(domain)}", Spec.Name);
        }

        var query = new FeedbackQuery(arguments.Value("language"), domain);
        var output = arguments.Positionals[0];
        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly);
        var storeOptions = runtime.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        if (string.Equals(storeOptions.Provider, "sqlite", StringComparison.OrdinalIgnoreCase) && !File.Exists(storeOptions.DatabasePath))
        {
            await console.Error.WriteLineAsync($"entitygraph feedback: error: no graph store at {storeOptions.DatabasePath} (check --data-dir).");
            return ExitCodes.Failure;
        }

        await runtime.StartAsync(cancellationToken);
        var exporter = new FeedbackExporter(runtime.Store);
        var result = output == "-"
            ? await exporter.ExportAsync(query, format, console.Out, cancellationToken)
            : await AtomicTextFile.WriteAsync(output, writer => exporter.ExportAsync(query, format, writer, cancellationToken));
        var sentences = format == FeedbackFormats.Iob2 ? string.Create(CultureInfo.InvariantCulture, $" in {result.Sentences} sentences") : string.Empty;
        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"exported {result.Documents} reviewed documents with {result.Entities} entities{sentences} to {(output == "-" ? "stdout" : output)}"));
        return ExitCodes.Success;
    }
}
