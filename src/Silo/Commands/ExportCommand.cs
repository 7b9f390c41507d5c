using System.Text;
using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Export.GraphMl;
using EntityGraph.Export.Neo4j;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// entitygraph export: every stored mention as JSONL (document order), the graph as neo4j-admin import files with
/// import.sh and load.cypher, or the graph as GraphML.
/// </summary>
public sealed class ExportCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public const string MentionsJsonl = "mentions-jsonl";
    public const string Neo4j = "neo4j";
    public const string GraphMl = "graphml";
    private static readonly string[] Formats = [MentionsJsonl, Neo4j, GraphMl];

    public override CommandSpec Spec { get; } = new(
        "export",
        "Export the stored mentions (mentions-jsonl, a file or '-' for stdout), or the whole graph for Neo4j (neo4j, a folder) or graph tools (graphml, a file).",
        [
            .. CommonOptions.StoreOptions,
            OptionSpec.Choice("format", $"Output format: {MentionsJsonl} (the default), {Neo4j} or {GraphMl}.", Formats),
            CommonOptions.Verbose,
        ],
        PositionalName: "OUT",
        MinPositionals: 1,
        MaxPositionals: 1,
        Notes:
        [
            "The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION.",
            "mentions-jsonl lines: {\"documentId\",\"start\",\"end\",\"text\",\"type\",\"entityId\",\"confidence\",\"language\"}; offsets in UTF-16 code units.",
            "neo4j: OUT is a folder; it receives the CSV files of `neo4j-admin database import full`, import.sh (that command) and load.cypher (LOAD CSV into a running database).",
            "graphml: OUT is a .graphml file with entity, document and tag nodes and MENTIONS, TAGGED and CO_OCCURS_WITH edges.",
        ])
    {
        PositionalDescription = "A file, or '-' for stdout (mentions-jsonl); a folder (neo4j); a .graphml file (graphml).",
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var format = arguments.Value("format") ?? MentionsJsonl;

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
        if (format != MentionsJsonl)
        {
            if (output == "-")
            {
                throw new UsageException($"--format {format} writes files; give a {(format == Neo4j ? "folder" : "file")}, not '-'", Spec.Name);
            }

            var result = format == Neo4j
                ? await new Neo4jExporter(runtime.Store).ExportAsync(output, cancellationToken: cancellationToken)
                : await new GraphMlExporter(runtime.Store).ExportAsync(output, cancellationToken);
            var counts = result.Counts;
            await console.Error.WriteLineAsync(
                $"exported {counts.Entities} entities, {counts.Aliases} aliases, {counts.Documents} documents, {counts.Tags} tags, " +
                $"{counts.Mentions} mentions ({counts.MentionRelationships} document-entity links), {counts.TagRelationships} tag links and " +
                $"{counts.Cooccurrences} co-occurrences to {output} ({string.Join(", ", result.Files.Select(file => file.Name))})");
            return ExitCodes.Success;
        }

        var count = output == "-"
            ? await WriteAsync(runtime, console.Out, cancellationToken)
            : await AtomicTextFile.WriteAsync(output, writer => WriteAsync(runtime, writer, cancellationToken));
        await console.Error.WriteLineAsync($"exported {count} mentions to {(output == "-" ? "stdout" : output)}");
        return ExitCodes.Success;
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
