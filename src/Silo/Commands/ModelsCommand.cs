using System.Globalization;
using EntityGraph.CommandLine;
using EntityGraph.Ner.Versions;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// entitygraph models list|activate|rollback: the promoted model versions in the data directory's models/ folder and
/// which version serves each route (the data directory from --data-dir, else EntityGraph:Storage:DataDirectory). A running
/// silo that shares the folder switches within a second, without a restart.
/// </summary>
public sealed class ModelsCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public const string List = "list";

    public const string Activate = "activate";

    public const string Rollback = "rollback";

    /// <summary>The options that name a route: language, tier and an optional domain.</summary>
    private static readonly OptionSpec[] RouteOptions =
    [
        new("language", "CODE", "The route's language.") { Required = true },
        OptionSpec.Choice("tier", "The route's tier.", ["best", "fast"]) with { Required = true },
        new("domain", "NAME", "The domain's route; left out, the language's general route."),
    ];

    public override CommandSpec Spec { get; } = new(
        "models",
        "List promoted model versions, or switch the version that serves a route (language, tier, optional domain).",
        [CommonOptions.DataDir],
        Notes:
        [
            "Versions are promoted by entitygraph-train promote into DIR/models (the repository's models/ stays read-only).",
            "Requests in flight finish on the model they started on.",
        ])
    {
        Subcommands =
        [
            new(List, "List the promoted versions of every route, active or not, with their dev scores.", []),
            new(
                Activate,
                "Serve a route with a version.",
                [.. RouteOptions, new OptionSpec("version", "V", "shipped (general routes: the models folder's model), v1, v2, ...") { Required = true }]),
            new(Rollback, "Return a route to the version active before the current one.", RouteOptions),
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var action = arguments.Spec.Name;
        var settings = CommonOptions.Apply(this.defaults, arguments);
        string dataDirectory;
        await using (var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly))
        {
            dataDirectory = runtime.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory;
        }

        var registry = ModelRegistry.ForDataDirectory(dataDirectory);
        try
        {
            switch (action)
            {
                case Activate:
                    var version = arguments.Required("version");
                    var route = Route(arguments);
                    registry.Activate(route, version);
                    await console.Out.WriteLineAsync($"{route} now served by {version}");
                    return ExitCodes.Success;
                case Rollback:
                    var back = Route(arguments);
                    var active = registry.Rollback(back);
                    await console.Out.WriteLineAsync($"{back} now served by {active ?? ModelVersion.Shipped + (back.Domain is null ? string.Empty : " general model (no domain version active)")}");
                    return ExitCodes.Success;
                default:
                    var current = registry.Current;
                    foreach (var model in current.Versions)
                    {
                        var key = ModelRouteKey.Of(model.Language, model.Tier, model.Domain);
                        var state = current.ActiveVersion(key) == model.Version ? "active" : "inactive";
                        var scores = string.Join(", ", model.DevF1.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.00}")));
                        await console.Out.WriteLineAsync($"{key}\t{model.Version}\t{model.ModelId}\t{state}\t{scores}");
                    }

                    if (current.Versions.Count == 0)
                    {
                        await console.Out.WriteLineAsync($"no promoted versions in {registry.Directory}");
                    }

                    return ExitCodes.Success;
            }
        }
        catch (ModelVersionException ex)
        {
            await console.Error.WriteLineAsync($"{CliApplication.ProgramName} {Spec.Name}: error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private ModelRouteKey Route(CommandArguments arguments)
    {
        var language = arguments.Required("language");
        var tier = arguments.Required("tier");
        var domain = arguments.Value("domain");
        if (domain is not null && !DomainRules.IsValid(domain))
        {
            throw new UsageException($"--domain: {DomainRules.Describe(domain)}", Spec.Name);
        }

        return ModelRouteKey.Of(language, tier, domain);
    }
}
