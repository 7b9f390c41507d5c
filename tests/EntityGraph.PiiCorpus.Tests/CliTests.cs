using System.Text.Json;
using EntityGraph.PiiCorpus.Cli;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The command line, run in process through <see cref="PiiCorpusCli"/>.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pii-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PiiCorpusCli.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task GeneratesACorpusAndScoresItAgainstItselfPerfectly()
    {
        var corpus = PathOf("corpus.jsonl");
        var generated = await Run("generate", "--out", corpus, "--documents-per-language", "30", "--seed", "3", "--languages", "en,de");
        Assert.Equal(0, generated.Code);
        Assert.Contains("Wrote 60 documents", generated.Output, StringComparison.Ordinal);
        Assert.Equal(60, File.ReadAllLines(corpus).Length);

        var json = PathOf("report.json");
        var scored = await Run("score", "--gold", corpus, "--predicted", corpus, "--json", json);
        Assert.Equal(0, scored.Code);
        Assert.Contains("| type | gold | precision | recall | F2 | decoys flagged |", scored.Output, StringComparison.Ordinal);
        Assert.Contains("| **all** |", scored.Output, StringComparison.Ordinal);

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var overall = report.RootElement.GetProperty("overall");
        Assert.Equal(1.0, overall.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, overall.GetProperty("recall").GetDouble());
        Assert.Equal(1.0, overall.GetProperty("f2").GetDouble());
        Assert.Equal(0, overall.GetProperty("decoysFlagged").GetInt32());
        foreach (var type in report.RootElement.GetProperty("types").EnumerateArray())
        {
            Assert.Equal(1.0, type.GetProperty("recall").GetDouble());
            Assert.Equal(1.0, type.GetProperty("precision").GetDouble());
        }

        Assert.Equal(2, report.RootElement.GetProperty("personRecallByLanguage").GetArrayLength());
    }

    [Fact]
    public async Task DefaultsAreTwoHundredDocumentsPerLanguageAndSeedSeven()
    {
        var corpus = PathOf("default.jsonl");
        var result = await Run("generate", "--out", corpus, "--languages", "sv");
        Assert.Equal(0, result.Code);
        Assert.Contains("seed 7", result.Output, StringComparison.Ordinal);
        Assert.Equal(200, File.ReadAllLines(corpus).Length);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("generate", "--help")]
    [InlineData("score", "--help")]
    public async Task HelpExitsZero(params string[] args)
    {
        var result = await Run(args);
        Assert.Equal(0, result.Code);
        Assert.Contains("entitygraph-pii-corpus", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "generate", "--out", "x.jsonl", "--bogus", "1")]
    [InlineData("option '--out' needs a value", "generate", "--out")]
    [InlineData("option '--out' is required", "generate", "--seed", "3")]
    [InlineData("expects an integer >= 1", "generate", "--out", "x.jsonl", "--documents-per-language", "many")]
    [InlineData("unknown language 'xx'", "generate", "--out", "x.jsonl", "--languages", "en,xx")]
    [InlineData("no such directory", "generate", "--out", "x.jsonl", "--names-from", "/nonexistent/names")]
    [InlineData("option '--predicted' is required", "score", "--gold", "g.jsonl")]
    [InlineData("cannot read '/nonexistent/gold.jsonl'", "score", "--gold", "/nonexistent/gold.jsonl", "--predicted", "/nonexistent/p.jsonl")]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("no command given")]
    public async Task UsageErrorsExitTwo(string message, params string[] args)
    {
        var result = await Run(args);
        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedPredictionLineIsReportedWithItsLineNumber()
    {
        var corpus = PathOf("corpus.jsonl");
        Assert.Equal(0, (await Run("generate", "--out", corpus, "--documents-per-language", "2", "--languages", "it")).Code);
        var predicted = PathOf("predicted.jsonl");
        File.WriteAllText(predicted, "{\"id\":\"it-0001\",\"items\":[]}\n{\"id\":\"it-0002\",\"items\":[{\"start\":1}]}\n");

        var result = await Run("score", "--gold", corpus, "--predicted", predicted);
        Assert.Equal(2, result.Code);
        Assert.Contains($"{predicted}:2:", result.Error, StringComparison.Ordinal);

        File.WriteAllText(predicted, "{\"id\":\"it-0099\",\"items\":[]}\n");
        var unknown = await Run("score", "--gold", corpus, "--predicted", predicted);
        Assert.Equal(2, unknown.Code);
        Assert.Contains("it-0099", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedGoldLineIsReportedWithItsLineNumber()
    {
        var gold = PathOf("gold.jsonl");
        File.WriteAllText(gold, "\n{ broken\n");
        var result = await Run("score", "--gold", gold, "--predicted", gold);
        Assert.Equal(2, result.Code);
        Assert.Contains($"{gold}:2:", result.Error, StringComparison.Ordinal);
    }
}
