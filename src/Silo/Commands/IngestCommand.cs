using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Grains.Options;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Ingestion;
using EntityGraph.Silo.Output;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph ingest: files, folders and JSONL through the document grains of an in-process silo.</summary>
public sealed class IngestCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "ingest",
        "Ingest files (.txt, .md, .html, .eml with attachments, .pdf, .docx, .json, .jsonl), folders (recursively) and globs into the graph.",
        [
            .. CommonOptions.StoreOptions,
            new OptionSpec("json", null, "Print one JSON object per document on stdout (the summary goes to stderr)."),
            CommonOptions.Parallel,
            new OptionSpec("domain", "NAME", "Domain of every document that does not name its own (JSONL \"domain\")."),
            new OptionSpec("report", "FILE", "Write a JSON report (counts, speed, every failure and skip with its reason) to FILE at the end."),
            new OptionSpec("redact", null, "Redact personal data (EntityGraph:Redaction operators) before storing: the original text never reaches the store."),
            CommonOptions.Verbose,
        ],
        PositionalName: "PATH",
        MinPositionals: 1,
        MaxPositionals: int.MaxValue,
        Notes:
        [
            "The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION.",
            "Files: id = file name (an e-mail attachment: FILE#attachment-N/NAME), title = the format's title. JSONL lines: {\"id\",\"text\",\"language\"?,\"title\"?,\"source\"?,\"tags\"?,\"domain\"?}.",
            "Globs: 'docs/*.pdf', 'mail/**/*.eml' (quote them so the shell passes them on).",
            "Unreadable, binary or corrupt files, parts and bad lines fail alone; the exit code is 1 when any document failed.",
            "Progress: a live line on a terminal, a line every 5 s on stderr otherwise. Run again after an interruption: stored documents come back Unchanged, nothing is lost or doubled.",
        ])
    {
        PositionalDescription = "Files, folders (read recursively) and globs to ingest.",
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var json = arguments.HasFlag("json");
        var parallelism = arguments.Integer(CommonOptions.Parallel.Name, 4);
        var domain = arguments.Value("domain");
        if (domain is not null && !DomainRules.IsValid(domain))
        {
            throw new UsageException($"--domain: {DomainRules.Describe(domain)}", Spec.Name);
        }

        var settings = CommonOptions.Apply(this.defaults, arguments);
        var paths = PathExpander.Expand(arguments.Positionals);
        await using var runtime = await WorkerRuntime.StartAsync(settings, HostMode.Worker, cancellationToken);
        var maxTextBytes = runtime.Services.GetRequiredService<IOptions<IngestOptions>>().Value.MaxTextBytes;
        var reader = new DocumentSourceReader(maxTextBytes);
        var progress = new IngestProgress(console.Error, console.ErrorIsTerminal && !json, reader.Estimate(paths));
        var summary = await progress.RunAsync(() => new DocumentIngestor(runtime.Grains).IngestAsync(
            WithDomain(reader.ReadAsync(paths, cancellationToken), domain, arguments.HasFlag("redact")),
            parallelism,
            async (result, _) =>
            {
                await progress.CountAsync(result);
                await Report(console, result, json);
            },
            cancellationToken));

        if (arguments.Value("report") is { } reportPath)
        {
            await AtomicTextFile.WriteAsync(reportPath, async writer =>
            {
                await writer.WriteAsync(JsonSerializer.Serialize(progress.Report(summary), CliJson.Indented));
                return 0;
            });
        }

        var summaryWriter = json ? console.Error : console.Out;
        await summaryWriter.WriteLineAsync(summary.ToString());
        return summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Gives documents without a domain of their own the command's --domain, and every document the --redact flag.</summary>
    private static async IAsyncEnumerable<SourceItem> WithDomain(IAsyncEnumerable<SourceItem> items, string? domain, bool redact)
    {
        await foreach (var item in items)
        {
            var withDomain = domain is not null && item.Document is { Domain: null } document ? item with { Document = document with { Domain = domain } } : item;
            yield return redact && withDomain.Document is { } toRedact ? withDomain with { Document = toRedact with { Redact = true } } : withDomain;
        }
    }

    private static async ValueTask Report(CliConsole console, IngestItemResult result, bool json)
    {
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Compact));
        }
        else if (result.Error is { } error)
        {
            var label = result.Outcome == IngestItemResult.Skipped ? "skipped" : "error";
            await console.Error.WriteLineAsync($"{label}: {result.Origin}: {error.Code}: {error.Message}");
        }
    }
}
