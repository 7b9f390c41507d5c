using System.Text.Encodings.Web;
using System.Text.Json;
using EntityGraph.PiiCorpus.Scoring;

namespace EntityGraph.PiiCorpus.Cli;

/// <summary><c>score</c>: compares redaction predictions with the corpus and prints (and optionally saves) the scores.</summary>
internal static class ScoreCommand
{
    public const string Usage = """
        entitygraph-pii-corpus score --gold FILE --predicted FILE [--json FILE]

          Scores predictions (JSON Lines {"id","text","items":[{"type","start","end",...}]} with offsets in the input text,
          as written by `entitygraph redact`) against a corpus written by `generate`, and prints a Markdown table
          (type | gold | precision | recall | F2 | decoys flagged) and PERSON recall per language.

          --gold FILE        the corpus JSONL
          --predicted FILE   the predictions JSONL (a corpus file also works: its entities are read as items)
          --json FILE        also write the full report as JSON
        """;

    private static readonly string[] Known = ["gold", "predicted", "json"];

    private static readonly JsonSerializerOptions ReportOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args, Known);
        if (options.Help)
        {
            await output.WriteLineAsync(Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var goldPath = options.Required("gold");
        var predictedPath = options.Required("predicted");
        var jsonPath = options.Get("json");
        foreach (var path in new[] { goldPath, predictedPath })
        {
            if (!File.Exists(path))
            {
                throw new CliUsageException($"cannot read '{path}': no such file");
            }
        }

        PiiScoreReport report;
        try
        {
            report = await PiiScorer.ScoreFilesAsync(goldPath, predictedPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read input: {ex.Message}");
        }

        await output.WriteAsync(MarkdownReport.Format(report).AsMemory(), cancellationToken).ConfigureAwait(false);
        if (jsonPath is not null)
        {
            try
            {
                await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, ReportOptions) + "\n", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"cannot write '{jsonPath}': {ex.Message}");
            }

            await output.WriteLineAsync($"\nJSON report written to {jsonPath}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
