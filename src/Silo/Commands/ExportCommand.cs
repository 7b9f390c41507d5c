using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph export: every stored mention as JSONL, in document order.</summary>
public sealed class ExportCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public const string MentionsJsonl = "mentions-jsonl";

    public override CommandSpec Spec { get; } = new(
        "export",
        "Export the stored mentions (--format mentions-jsonl) to a file, or '-' for stdout.",
        "entitygraph export [--data-dir DIR | --store-provider postgresql --store CONNECTION] [--format mentions-jsonl] OUT",
        [
            .. CommonOptions.StoreOptions,
            new OptionSpec("format", "FORMAT", $"Output format; only '{MentionsJsonl}' (the default)."),
            CommonOptions.Verbose,
        ],
        PositionalName: "OUT",
        MinPositionals: 1,
        MaxPositionals: 1,
        Notes: ["mentions-jsonl lines: {\"documentId\",\"start\",\"end\",\"text\",\"type\",\"entityId\",\"confidence\",\"language\"}; offsets in UTF-16 code units."]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var format = arguments.Value("format") ?? MentionsJsonl;
        if (format != MentionsJsonl)
        {
            throw new UsageException($"unknown format '{format}' (supported: {MentionsJsonl})", Spec.Name);
        }

        var output = arguments.Positionals[0];
        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly);
        var storeOptions = runtime.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        var databasePath = storeOptions.DatabasePath;
        if (string.Equals(storeOptions.Provider, "sqlite", StringComparison.OrdinalIgnoreCase) && !File.Exists(databasePath))
        {
            await console.Error.WriteLineAsync($"entitygraph export: error: no graph store at {databasePath} (check --data-dir).");
            return ExitCodes.Failure;
        }

        await runtime.StartAsync(cancellationToken);
        var count = output == "-"
            ? await WriteAsync(runtime, console.Out, cancellationToken)
            : await WriteFileAsync(runtime, output, cancellationToken);
        await console.Error.WriteLineAsync($"exported {count} mentions to {(output == "-" ? "stdout" : output)}");
        return ExitCodes.Success;
    }

    private static async Task<long> WriteFileAsync(WorkerRuntime runtime, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        try
        {
            long count;
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                count = await WriteAsync(runtime, writer, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
            return count;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static async Task<long> WriteAsync(WorkerRuntime runtime, TextWriter writer, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var mention in runtime.Store.StreamMentionsAsync(cancellationToken))
        {
            await writer.WriteAsync(JsonSerializer.Serialize(MentionExportLine.From(mention), CliJson.Compact));
            await writer.WriteAsync('\n');
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
