using System.Globalization;
using EntityGraph.CommandLine;

namespace EntityGraph.LoadTool;

/// <summary>What a load run does: where, how hard, how long, which mix of operations, and where the report goes.</summary>
public sealed record LoadOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5080/");

    public int Concurrency { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most requests in all (the run ends at whichever limit comes first).</summary>
    public long MaxRequests { get; init; } = 1_000_000;

    /// <summary>Relative weights of queries, extracts and ingests.</summary>
    public (int Query, int Extract, int Ingest) Mix { get; init; } = (70, 20, 10);

    public string? ApiKey { get; init; }

    /// <summary>The server's process id, for RSS samples from /proc (none when not given).</summary>
    public int? ServerPid { get; init; }

    /// <summary>RSS growth is measured from the first sample after this much of the run.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(30);

    public string OutputDirectory { get; init; } = ".";

    /// <summary>The command line of entitygraph-load.</summary>
    public static CommandSpec Spec { get; } = new(
        "entitygraph-load",
        "Drive a running EntityGraph server over HTTP and report throughput, latency, errors and RSS.",
        [
            new OptionSpec("url", "URL", "The server (default http://127.0.0.1:5080); only loopback addresses are accepted."),
            new OptionSpec("concurrency", "N", "Requests in flight (default 16).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("duration", "SECONDS", "Seconds to run (default 60).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("requests", "N", "Most requests in all (default 1000000).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("mix", "query=N,extract=N,ingest=N", "Relative weights of queries, extracts and ingests (default query=70,extract=20,ingest=10)."),
            new OptionSpec("key", "API_KEY", "API key sent as Authorization: Bearer (an editor key when the server has keys)."),
            new OptionSpec("pid", "SERVER_PID", "The server's process id: its RSS is sampled from /proc every 5 s.") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("warmup", "SECONDS", "Seconds before RSS growth is measured (default 30).") { Kind = OptionValueKind.NonNegativeInteger },
            new OptionSpec("out", "DIR", "Folder for load-report.md and load-report.json (default .)."),
        ],
        Notes: ["The run ends at --duration or --requests, whichever comes first."]);

    /// <summary>The options of a parsed command line.</summary>
    /// <exception cref="UsageException">--url is not a loopback http(s) address, or --mix is malformed.</exception>
    public static LoadOptions From(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var defaults = new LoadOptions();
        return new LoadOptions
        {
            Url = arguments.Value("url") is { } url ? LoopbackUrl(url) : defaults.Url,
            Concurrency = arguments.Integer("concurrency", defaults.Concurrency),
            Duration = arguments.Integer("duration") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.Duration,
            MaxRequests = arguments.Integer("requests", (int)defaults.MaxRequests),
            Mix = arguments.Value("mix") is { } mix ? ParseMix(mix) : defaults.Mix,
            ApiKey = arguments.Value("key"),
            ServerPid = arguments.Integer("pid"),
            WarmUp = arguments.Integer("warmup") is { } warmUp ? TimeSpan.FromSeconds(warmUp) : defaults.WarmUp,
            OutputDirectory = arguments.Value("out") ?? defaults.OutputDirectory,
        };
    }

    private static Uri LoopbackUrl(string value)
    {
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url must be an http(s) address (was '{value}')");
        }

        return url.IsLoopback ? url : throw new UsageException($"--url must be a loopback address (127.0.0.1, ::1, localhost); load is only sent to this machine (was '{value}')");
    }

    private static (int, int, int) ParseMix(string value)
    {
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["query"] = 0, ["extract"] = 0, ["ingest"] = 0 };
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !weights.ContainsKey(pair[0]) || !int.TryParse(pair[1], CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new UsageException($"--mix takes query=N,extract=N,ingest=N (was '{value}')");
            }

            weights[pair[0]] = weight;
        }

        return weights.Values.Sum() > 0 ? (weights["query"], weights["extract"], weights["ingest"]) : throw new UsageException("--mix needs at least one positive weight");
    }
}
