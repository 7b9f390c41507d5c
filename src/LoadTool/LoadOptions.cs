using System.Globalization;

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

    public const string Usage = """
        entitygraph-load: drives a running EntityGraph server over HTTP and reports throughput, latency, errors and RSS.

        usage: entitygraph-load [--url URL] [--concurrency N] [--duration SECONDS] [--requests N]
                                [--mix query=70,extract=20,ingest=10] [--key API_KEY] [--pid SERVER_PID]
                                [--warmup SECONDS] [--out DIR]

          --url          the server (default http://127.0.0.1:5080); only loopback addresses are accepted
          --concurrency  requests in flight (default 16)
          --duration     seconds to run (default 60)
          --requests     most requests in all (default 1000000)
          --mix          relative weights of queries, extracts and ingests
          --key          API key sent as Authorization: Bearer (an editor key when the server has keys)
          --pid          the server's process id: its RSS is sampled from /proc every 5 s
          --warmup       seconds before RSS growth is measured (default 30)
          --out          folder for load-report.md and load-report.json (default .)
        """;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a one-line message on bad input.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--url" => options with { Url = LoopbackUrl(Value()) },
                "--concurrency" => options with { Concurrency = Positive(name, Value()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--requests" => options with { MaxRequests = Positive(name, Value()) },
                "--mix" => options with { Mix = ParseMix(Value()) },
                "--key" => options with { ApiKey = Value() },
                "--pid" => options with { ServerPid = Positive(name, Value()) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(int.TryParse(Value(), CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : throw new ArgumentException("--warmup must be 0 or more seconds")) },
                "--out" => options with { OutputDirectory = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }

        return options;
    }

    private static Uri LoopbackUrl(string value)
    {
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--url must be an http(s) address (was '{value}')");
        }

        return url.IsLoopback ? url : throw new ArgumentException($"--url must be a loopback address (127.0.0.1, ::1, localhost); load is only sent to this machine (was '{value}')");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : throw new ArgumentException($"{name} must be a positive whole number (was '{value}')");

    private static (int, int, int) ParseMix(string value)
    {
        var weights = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["query"] = 0, ["extract"] = 0, ["ingest"] = 0 };
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !weights.ContainsKey(pair[0]) || !int.TryParse(pair[1], CultureInfo.InvariantCulture, out var weight) || weight < 0)
            {
                throw new ArgumentException($"--mix takes query=N,extract=N,ingest=N (was '{value}')");
            }

            weights[pair[0]] = weight;
        }

        return weights.Values.Sum() > 0 ? (weights["query"], weights["extract"], weights["ingest"]) : throw new ArgumentException("--mix needs at least one positive weight");
    }
}
