using EntityGraph.CommandLine;
using EntityGraph.Security;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph serve: the Orleans silo co-hosted with the HTTP API until Ctrl+C.</summary>
public sealed class ServeCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "serve",
        "Run the silo with the GraphQL API (POST /graphql, IDE at GET /graphql, GET /health).",
        [
            .. CommonOptions.StoreOptions,
            new OptionSpec("urls", "URLS", "Addresses to listen on, ';'-separated (default http://127.0.0.1:5080)."),
            new OptionSpec("no-samples", null, "Do not load the sample corpus into an empty store."),
            CommonOptions.Verbose,
        ],
        Notes:
        [
            "The store: --data-dir DIR (sqlite), or --store-provider postgresql --store CONNECTION.",
            "On first start with an empty store the sample corpus (samples/documents.jsonl) is ingested in the background.",
        ]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var settings = CommonOptions.Apply(this.defaults, arguments) with
        {
            Urls = arguments.Value("urls") ?? this.defaults.Urls,
            LoadSamples = arguments.HasFlag("no-samples") ? false : this.defaults.LoadSamples,
        };
        await using var app = EntityGraphHost.BuildServer(settings);
        if (await ProtectedMode.CheckAsync(app.Services, cancellationToken) is { } refusal)
        {
            await console.Error.WriteLineAsync($"{CliApplication.ProgramName} {Spec.Name}: error: {refusal}");
            return ExitCodes.Usage;
        }

        await app.StartAsync(cancellationToken);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ServeCommand>();
        var addresses = string.Join(", ", app.Urls);
        HostLog.Listening(logger, addresses);
        await console.Out.WriteLineAsync($"EntityGraph listening on {addresses} (GraphQL at /graphql, health at /health). Press Ctrl+C to stop.");
        if (!await app.Services.GetRequiredService<ApiKeyAuthenticator>().AnyKeysAsync(cancellationToken))
        {
            await console.Out.WriteLineAsync("Protected mode: no API keys exist, so every operation is open to local callers and only loopback addresses are served (create keys with `entitygraph keys create`).");
        }
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
