using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Silo.Cli;

namespace EntityGraph.Silo.Commands;

/// <summary>entitygraph cluster status: the silos of a running cluster, asked through any silo's GraphQL API.</summary>
public sealed class ClusterCommand : CliCommand
{
    public const string Status = "status";

    private const string Query = "{ cluster { address name status languages hostsFallback loadedModels activations extractionsServed } }";

    public override CommandSpec Spec { get; } = new(
        "cluster",
        "Show the silos of a running cluster: status, hosted languages, loaded models, activations and extractions served.",
        [])
    {
        Subcommands =
        [
            new(
                Status,
                "Show the silos of a running cluster, asked through any silo's GraphQL API.",
                [
                    new OptionSpec("url", "URL", "Base address of any silo's HTTP API (default http://127.0.0.1:5080)."),
                    new OptionSpec("json", null, "Print the GraphQL answer's silo list as JSON."),
                ],
                Notes: ["Every silo answers for the whole cluster; a silo listed DEAD has left it, NOT_ANSWERING did not reply within 5 s."]),
        ],
    };

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var url = arguments.Value("url") ?? "http://127.0.0.1:5080";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url must be an http(s) address (was '{url}')", Spec.Name);
        }

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        JsonElement answer;
        try
        {
            using var response = await http.PostAsJsonAsync("graphql", new { query = Query }, cancellationToken);
            answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            await console.Error.WriteLineAsync($"entitygraph cluster: error: no answer from {baseAddress}: {ex.Message}");
            return ExitCodes.Failure;
        }

        if (answer.TryGetProperty("errors", out var errors))
        {
            await console.Error.WriteLineAsync($"entitygraph cluster: error: {errors[0].GetProperty("message").GetString()}");
            return ExitCodes.Failure;
        }

        var silos = answer.GetProperty("data").GetProperty("cluster");
        if (arguments.HasFlag("json"))
        {
            await console.Out.WriteLineAsync(silos.GetRawText());
            return ExitCodes.Success;
        }

        await console.Out.WriteAsync(Table(silos));
        return ExitCodes.Success;
    }

    private static string Table(JsonElement silos)
    {
        var rows = new List<string[]> { new[] { "NAME", "ADDRESS", "STATUS", "LANGUAGES", "FALLBACK", "MODELS", "ACTIVATIONS", "EXTRACTIONS" } };
        foreach (var silo in silos.EnumerateArray())
        {
            rows.Add(
            [
                silo.GetProperty("name").GetString()!,
                silo.GetProperty("address").GetString()!,
                silo.GetProperty("status").GetString()!,
                string.Join(',', silo.GetProperty("languages").EnumerateArray().Select(item => item.GetString())),
                silo.GetProperty("hostsFallback").GetBoolean() ? "yes" : "no",
                string.Join(',', silo.GetProperty("loadedModels").EnumerateArray().Select(item => item.GetString())),
                silo.GetProperty("activations").GetInt32().ToString(CultureInfo.InvariantCulture),
                silo.GetProperty("extractionsServed").GetInt64().ToString(CultureInfo.InvariantCulture),
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).Append('\n');
        }

        return text.ToString();
    }
}
