using EntityGraph.CommandLine;
using EntityGraph.Grains;
using EntityGraph.Grains.Options;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Redaction;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph redact: personal data removed from a .txt or JSONL file, streamed with progress; nothing is stored.</summary>
public sealed class RedactCommand(HostSettings? defaults = null) : CliCommand
{
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "redact",
        "Redact personal data in a .txt or JSONL file ({id, text, language?} per line -> {id, text, language, items}); nothing is stored.",
        [
            new OptionSpec("in", "FILE", "Input: .txt (one document) or .jsonl (one document per line).") { Required = true },
            new OptionSpec("out", "FILE", "Output, written whole or not at all (FILE.tmp until done).") { Required = true },
            new OptionSpec("types", "T1,T2", "Only these entity types are redacted (default: all; see the README's table)."),
            new OptionSpec("operator", "TYPE=OP[:k=v,...]", "Operator for a type or DEFAULT: replace|redact|mask|hash|encrypt|keep; settings value, numbered, char, count, from-end (e.g. CREDIT_CARD=mask:char=#,count=12).", Repeatable: true),
            new OptionSpec("language", "LANG", "Language of every document without its own (default: detected per paragraph)."),
            CommonOptions.AccuracyOption,
            new OptionSpec("no-models", null, "Rules, validators and deny lists only: no PERSON, LOCATION, ORGANIZATION; much faster."),
            new OptionSpec("include-original", null, "Put each span's original text in the items (they then hold the personal data)."),
            new OptionSpec("decrypt", null, "Restore the spans the encrypt operator produced (needs EntityGraph:Redaction:EncryptionKey)."),
            CommonOptions.Parallel,
            CommonOptions.DataDir,
            CommonOptions.Verbose,
        ],
        Notes:
        [
            "Operators, keys and the salt are configured under EntityGraph:Redaction (appsettings.json or environment variables EntityGraph__Redaction__EncryptionKey, EntityGraph__Redaction__HashSalt); they are never read from the command line.",
            "A JSONL line that cannot be redacted becomes {id, error} in the output and is reported on stderr; the exit code is then 1.",
        ]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var input = arguments.Required("in");
        var output = arguments.Required("out");
        if (!File.Exists(input))
        {
            throw new EntityGraphException(ErrorCodes.FileNotFound, $"No file '{input}'.");
        }

        var jsonl = Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => true,
            ".txt" or ".text" or ".md" => false,
            var other => throw new UsageException($"--in must be a .txt or .jsonl file, not '{other}'", Spec.Name),
        };
        if (Path.GetFullPath(input) == Path.GetFullPath(output))
        {
            throw new UsageException("--out must not be the input file", Spec.Name);
        }

        var settings = CommonOptions.Apply(this.defaults, arguments) with { InitializeStore = false };
        await using var runtime = await WorkerRuntime.StartAsync(settings, HostMode.Worker, cancellationToken);
        var progress = new RedactionProgress(console.Error);
        var maxText = runtime.Services.GetRequiredService<IOptions<IngestOptions>>().Value.MaxTextBytes;
        var runner = new RedactionFileRunner(runtime.Grains, Settings(arguments, maxText / 4), progress);
        if (arguments.HasFlag("decrypt"))
        {
            await runner.DecryptAsync(input, output, jsonl, cancellationToken);
        }
        else if (jsonl)
        {
            await runner.RedactJsonlAsync(input, output, cancellationToken);
        }
        else
        {
            await runner.RedactTextAsync(input, output, cancellationToken);
        }

        await console.Out.WriteLineAsync(progress.ToString());
        return progress.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private RedactionSettings Settings(CommandArguments arguments, int chunkLength)
    {
        var types = arguments.Value("types")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var operators = arguments.Values("operator").Select(o => OperatorArgument.Parse(o, Spec.Name)).ToList();
        var accuracy = CommonOptions.Accuracy(arguments);
        return new RedactionSettings(
            arguments.Value("language"),
            types,
            operators.Count > 0 ? operators : null,
            arguments.HasFlag("include-original"),
            !arguments.HasFlag("no-models"),
            accuracy,
            arguments.Integer(CommonOptions.Parallel.Name, 4),
            chunkLength);
    }
}
