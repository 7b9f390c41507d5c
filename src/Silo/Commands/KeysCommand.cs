using System.Globalization;
using EntityGraph.CommandLine;
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

    public const string Create = "create";

    public const string List = "list";

    public const string Revoke = "revoke";

    private static readonly OptionSpec KeyName = new("name", "NAME", "The key's name: the actor recorded for what the key does.") { Required = true };

    public override CommandSpec Spec { get; } = new(
        "keys",
        "Create, list or revoke API keys. The key is shown once, alone on the last line of `create`; only a salted hash is stored.",
        CommonOptions.StoreOptions,
        Notes:
        [
            "Send a key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'. Roles: reader (queries), reviewer (plus review and tagging),",
            "editor (plus ingest, extract, curation), admin (plus cluster and keys). With no live key the server listens on loopback only.",
        ])
    {
        Subcommands =
        [
            new(Create, "Create a key with a role; the key is printed once, alone on stdout.", [KeyName, OptionSpec.Choice("role", "What the key may do.", ApiRoles.All) with { Required = true }]),
            new(List, "List the keys: name, role, key id, created, live or revoked.", []),
            new(Revoke, "Revoke the live key of a name.", [KeyName]),
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var action = arguments.Spec.Name;
        var name = arguments.Value("name");
        var role = arguments.Value("role");
        if (action is Create or Revoke && string.IsNullOrWhiteSpace(name))
        {
            throw new UsageException("--name must not be empty", Spec.Name);
        }

        var settings = CommonOptions.Apply(this.defaults, arguments);
        await using var runtime = WorkerRuntime.Build(settings, HostMode.StoreOnly);
        await runtime.StartAsync(cancellationToken);
        var issuer = runtime.Services.GetRequiredService<ApiKeyIssuer>();
        switch (action)
        {
            case Create:
                var key = await issuer.CreateAsync(name!, role!, cancellationToken);
                await console.Error.WriteLineAsync($"created API key '{name}' with role {role}; it is shown only now, store it safely:");
                await console.Out.WriteLineAsync(key);
                return ExitCodes.Success;
            case Revoke:
                if (await issuer.RevokeAsync(name!, cancellationToken))
                {
                    await console.Out.WriteLineAsync($"revoked API key '{name}'");
                    return ExitCodes.Success;
                }

                await console.Error.WriteLineAsync($"{CliApplication.ProgramName} {Spec.Name}: error: no live API key is named '{name}'");
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
