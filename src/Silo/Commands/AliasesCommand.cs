using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Grains;
using EntityGraph.Silo.Aliases;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph aliases import FILE: a user alias table into the graph, in one transaction, through the curation grain.</summary>
public sealed class AliasesCommand(HostSettings? defaults = null) : CliCommand
{
    public const string Import = "import";

    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "aliases",
        "Import a user alias table (entity id, type, name, language) so mentions of those names link to your entities.",
        [])
    {
        Subcommands =
        [
            new(
                Import,
                "Import the alias table FILE (.csv or .jsonl) into the graph in one transaction.",
                [
                    .. CommonOptions.StoreOptions,
                    new OptionSpec("json", null, "Print the import summary as one JSON object."),
                    CommonOptions.Verbose,
                ],
                PositionalName: "FILE",
                MinPositionals: 1,
                MaxPositionals: 1,
                Notes:
                [
                    "FILE.csv: rows entityId,type,name[,language] (RFC 4180 quoting; an optional header row names the columns).",
                    "FILE.jsonl: one {\"entityId\",\"type\",\"name\",\"language\"?} object per line. Language defaults to \"und\".",
                    "Missing entities are created (named by their first row); every name becomes an alias whose key links to its entity.",
                    "An automatically created entity holding such a name is merged into the imported one; two imported entities",
                    "claiming one name fail the whole import (KEY_CONFLICT). Any bad row fails the import; nothing is written then.",
                    "The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION.",
                ])
            {
                PositionalDescription = "The alias table: FILE.csv or FILE.jsonl.",
            },
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<AliasInput> rows;
        try
        {
            rows = await AliasFileReader.ReadAsync(arguments.Positionals[0], cancellationToken);
        }
        catch (AliasFileException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await console.Error.WriteLineAsync($"{CliApplication.ProgramName} {Spec.Name}: error: {problem}");
            }

            return ExitCodes.Failure;
        }

        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = await WorkerRuntime.StartAsync(settings, HostMode.Worker, cancellationToken);
        var summary = await runtime.Grains.GetGrain<IEntityCurationGrain>(0).ImportAliasesAsync(rows, cancellationToken: cancellationToken);
        if (arguments.HasFlag("json"))
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, CliJson.Compact));
        }
        else
        {
            var merged = summary.MergedEntityIds.Count == 0 ? string.Empty : $" ({string.Join(", ", summary.MergedEntityIds)})";
            await console.Out.WriteLineAsync(
                $"imported {summary.Rows} rows: {summary.EntitiesCreated} entities created, {summary.AliasesAdded} aliases added, {summary.KeysLinked} keys linked, {summary.MergedEntityIds.Count} entities merged{merged}");
        }

        return ExitCodes.Success;
    }
}
