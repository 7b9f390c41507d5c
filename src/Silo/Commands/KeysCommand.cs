using System.Globalization;
using EntityGraph.Security;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph keys create|list|revoke: API keys in the store (every silo of a cluster sees them).</summary>
public sealed class KeysCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "keys",
        "Create, list or revoke API keys. The key is shown once, alone on the last line of `create`; only a salted hash is stored.",
        "entitygraph keys create|list|revoke [--data-dir DIR | --store-provider postgresql --store CONNECTION] [--name NAME] [--role reader|reviewer|editor|admin]",
        [
            .. CommonOptions.StoreOptions,
            new OptionSpec("name", "NAME", "The key's name: the actor recorded for what the key does (create, revoke)."),
            new OptionSpec("role", "ROLE", $"create: one of {string.Join(", ", ApiRoles.All)}."),
        ],
        PositionalName: "create|list|revoke",
        MinPositionals: 1,
        MaxPositionals: 1,
        Notes:
        [
            "Send a key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'. Roles: reader (queries), reviewer (plus review and tagging),",
            "editor (plus ingest, extract, curation), admin (plus cluster and keys). With no live key the server listens on loopback only.",
        ]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var action = arguments.Positionals[0];
        var name = arguments.Value("name");
        var role = arguments.Value("role");
        switch (action)
        {
            case "create" when string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(role):
                throw new UsageException("create needs --name NAME and --role ROLE", Spec.Name);
            case "create" when !ApiRoles.IsKnown(role):
                throw new UsageException($"unknown role '{role}' (supported: {string.Join(", ", ApiRoles.All)})", Spec.Name);
            case "revoke" when string.IsNullOrWhiteSpace(name):
                throw new UsageException("revoke needs --name NAME", Spec.Name);
            case "create" or "list" or "revoke":
                break;
            default:
                throw new UsageException($"unknown action '{action}' (supported: create, list, revoke)", Spec.Name);
        }

        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly);
        await runtime.StartAsync(cancellationToken);
        var issuer = runtime.Services.GetRequiredService<ApiKeyIssuer>();
        switch (action)
        {
            case "create":
                var key = await issuer.CreateAsync(name!, role!, cancellationToken);
                await console.Error.WriteLineAsync($"created API key '{name}' with role {role}; it is shown only now, store it safely:");
                await console.Out.WriteLineAsync(key);
                return ExitCodes.Success;
            case "revoke":
                if (await issuer.RevokeAsync(name!, cancellationToken))
                {
                    await console.Out.WriteLineAsync($"revoked API key '{name}'");
                    return ExitCodes.Success;
                }

                await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {Spec.Name}: error: no live API key is named '{name}'");
                return ExitCodes.Failure;
            default:
                foreach (var record in await runtime.Services.GetRequiredService<IApiKeyStore>().ListApiKeysAsync(cancellationToken))
                {
                    var state = record.RevokedAt is { } revoked ? "revoked " + revoked.ToString("u", CultureInfo.InvariantCulture) : "live";
                    await console.Out.WriteLineAsync($"{record.Name}\t{record.Role}\tegk_{record.KeyId}_…\tcreated {record.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}\t{state}");
                }

                return ExitCodes.Success;
        }
    }
}
