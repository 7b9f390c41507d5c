using EntityGraph.Storage.Sqlite;
using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage.Configuration;

namespace EntityGraph.Silo.Tests.Commands;

public sealed class IngestExportTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Ingesting_a_folder_reports_bad_files_clearly_and_ingests_the_others()
    {
        var input = workspace.Folder("folder-input");
        var data = workspace.Folder("folder-data");
        await File.WriteAllTextAsync(Path.Combine(input, "good.txt"), "ACME news\nACME hired Anna.", new UTF8Encoding(false));
        Directory.CreateDirectory(Path.Combine(input, "nested"));
        await File.WriteAllTextAsync(Path.Combine(input, "nested", "notes.md"), "# KRONOS report\nKRONOS hired Bert.", new UTF8Encoding(false));
        await File.WriteAllBytesAsync(Path.Combine(input, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        await File.WriteAllBytesAsync(Path.Combine(input, "latin1.txt"), [.. Encoding.ASCII.GetBytes("ACME caf"), 0xE9, 0x0A]);
        await File.WriteAllBytesAsync(Path.Combine(input, "photo.png"), [0x89, 0x50, 0x4E, 0x47]);

        var report = Path.Combine(workspace.Folder("folder-report"), "report.json");
        var run = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, "--report", report, input);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"error: {Path.Combine(input, "binary.txt")}: BINARY_FILE: 'binary.txt' is a binary file", run.Error);
        Assert.DoesNotContain("latin1.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains($"skipped: {Path.Combine(input, "photo.png")}: SKIPPED: unsupported file type '.png'", run.Error);
        Assert.StartsWith("3 of 4 documents ingested: 3 created, 0 updated, 0 unchanged, 1 failed, 1 skipped", run.Out);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var root = json.RootElement;
        Assert.Equal(
            """{"created":3,"updated":0,"unchanged":0,"failed":1,"skipped":1}""",
            root.GetProperty("counts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal((Path.Combine(input, "binary.txt"), "BINARY_FILE"), (failure.GetProperty("origin").GetString(), failure.GetProperty("code").GetString()));
        Assert.Equal(Path.Combine(input, "photo.png"), Assert.Single(root.GetProperty("skipped").EnumerateArray()).GetProperty("origin").GetString());
        Assert.True(root.GetProperty("elapsedSeconds").GetDouble() > 0);

        using var store = await GraphStoreFactory.OpenAsync(data);
        var documents = await store.GetDocumentsAsync(["good.txt", "notes.md", "binary.txt", "latin1.txt"]);
        Assert.Equal(["good.txt", "latin1.txt", "notes.md"], documents.Keys.Order());
        Assert.StartsWith("ACME café", documents["latin1.txt"].Text, StringComparison.Ordinal);
        Assert.Equal(("ACME news", "ACME news\nACME hired Anna."), (documents["good.txt"].Title, documents["good.txt"].Text));
        Assert.Equal("KRONOS report", documents["notes.md"].Title);
        var mentions = await store.GetMentionsByDocumentAsync(["good.txt"]);
        Assert.Contains(mentions["good.txt"], m => m is { Text: "ACME", Type: "ORG", Start: 10 });
    }

    [Fact]
    public async Task Ingesting_jsonl_with_json_output_prints_one_object_per_document_and_is_idempotent()
    {
        var data = workspace.Folder("jsonl-data");
        var file = Path.Combine(workspace.Folder("jsonl-input"), "docs.jsonl");
        await File.WriteAllLinesAsync(
            file,
            [
                "{\"id\":\"d1\",\"text\":\"ACME hired Anna.\",\"language\":\"en\",\"title\":\"One\"}",
                "{\"id\":\"d2\",\"text\":\"KRONOS and ACME met Bert.\",\"tags\":[\"meetings\"]}",
                "{\"id\":\"d3\",\"text\":\"   \"}",
                "{\"id\":\"d4\",\"text\":",
            ]);

        var first = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--json", "--data-dir", data, file);
        var second = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--json", "--data-dir", data, file);

        Assert.Equal(ExitCodes.Failure, first.ExitCode);
        var results = ParseLines(first.Out).ToDictionary(r => r.GetProperty("origin").GetString()!.Split(':')[^1]);
        Assert.Equal(["1", "2", "3", "4"], results.Keys.Order());
        Assert.Equal("Created", results["1"].GetProperty("outcome").GetString());
        Assert.Equal(2, results["1"].GetProperty("mentions").GetInt32());
        Assert.Equal("en", results["1"].GetProperty("language").GetString());
        Assert.Equal("Created", results["2"].GetProperty("outcome").GetString());
        Assert.Equal(("Failed", "EMPTY_TEXT"), Outcome(results["3"]));
        Assert.Equal(("Failed", "INVALID_JSON"), Outcome(results["4"]));
        Assert.Contains("2 of 4 documents ingested", first.Error);

        var again = ParseLines(second.Out).Where(r => r.GetProperty("outcome").GetString() != "Failed").ToList();
        Assert.Equal(["Unchanged", "Unchanged"], again.Select(r => r.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Export_writes_one_mentions_jsonl_line_per_stored_mention()
    {
        var data = workspace.Folder("export-data");
        var file = Path.Combine(workspace.Folder("export-input"), "docs.jsonl");
        const string text = "Zoë met ACME in the café and ACME thanked Zoë.";
        await File.WriteAllLinesAsync(file, [JsonSerializer.Serialize(new { id = "x1", text, language = "en" }), "{\"id\":\"x2\",\"text\":\"KRONOS hired Bert.\",\"language\":\"en\"}"]);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, file)).ExitCode);
        var output = Path.Combine(workspace.Root, "export-mentions.jsonl");

        var run = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "mentions-jsonl", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output);
        using var store = await GraphStoreFactory.OpenAsync(data);
        Assert.Equal((await store.GetStatisticsAsync()).Mentions, lines.Length);
        Assert.Contains($"exported {lines.Length} mentions", run.Error);
        var texts = new Dictionary<string, string> { ["x1"] = text, ["x2"] = "KRONOS hired Bert." };
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(
                ["documentId", "start", "end", "text", "type", "entityId", "confidence", "language"],
                root.EnumerateObject().Select(p => p.Name));
            var documentText = texts[root.GetProperty("documentId").GetString()!];
            var (start, end) = (root.GetProperty("start").GetInt32(), root.GetProperty("end").GetInt32());
            Assert.Equal(documentText[start..end], root.GetProperty("text").GetString());
            Assert.StartsWith("e_", root.GetProperty("entityId").GetString());
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.0, 1.0);
            Assert.Equal("en", root.GetProperty("language").GetString());
        }

        Assert.Contains(lines, l => l.Contains("\"text\":\"Zoë\"", StringComparison.Ordinal));
        Assert.Equal(["x1", "x2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("documentId").GetString()).Distinct());
    }

    [Fact]
    public async Task Export_from_a_folder_without_a_store_fails_clearly()
    {
        var empty = workspace.Folder("no-store");
        var output = Path.Combine(workspace.Root, "never.jsonl");

        var run = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", empty, output);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("no graph store at", run.Error);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    [Fact]
    public async Task Extract_prints_the_entities_of_text_from_an_option_or_stdin_as_json()
    {
        var fromOption = await CliRun.RunAsync(workspace.Settings, null, "extract", "--text", "ACME hired Anna.", "--language", "en");
        var fromStdin = await CliRun.RunAsync(workspace.Settings, "ACME hired Anna.", "extract", "--language", "en", "--accuracy", "fast");

        foreach (var run in new[] { fromOption, fromStdin })
        {
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            using var json = JsonDocument.Parse(run.Out);
            var root = json.RootElement;
            Assert.Equal("en", root.GetProperty("language").GetString());
            Assert.False(root.GetProperty("usedFallback").GetBoolean());
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString(), e.GetProperty("type").GetString()))
                .ToList();
            Assert.Equal([(0, 4, "ACME", "ORG"), (11, 15, "Anna", "PER")], entities);
        }
    }

    [Fact]
    public async Task Extract_of_a_jsonl_file_prints_one_line_per_document_and_reports_bad_lines()
    {
        var input = Path.Combine(workspace.Folder("extract-input"), "texts.jsonl");
        File.WriteAllLines(input, [
            """{"id": "a", "text": "ACME hired Anna.", "language": "en"}""",
            """{"id": "b", "text": "then IBM met Omar.", "language": "en"}""",
            """{"id": "c", "text": "   ", "language": "en"}""",
            "{ not json",
        ]);

        var run = await CliRun.RunAsync(workspace.Settings, null, "extract", "--input", input, "--parallel", "2");
        var both = await CliRun.RunAsync(workspace.Settings, null, "extract", "--input", input, "--text", "x");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var lines = ParseLines(run.Out).ToDictionary(l => l.GetProperty("id").GetString()!);
        Assert.Equal(
            ["ORG:ACME", "PER:Anna"],
            lines["a"].GetProperty("entities").EnumerateArray().Select(e => $"{e.GetProperty("type").GetString()}:{e.GetProperty("text").GetString()}"));
        Assert.Equal(
            ["ORG:IBM", "PER:Omar"],
            lines["b"].GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() is "ORG" or "PER").Select(e => $"{e.GetProperty("type").GetString()}:{e.GetProperty("text").GetString()}"));
        Assert.Contains("EMPTY_TEXT", lines["c"].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, lines.Count);
        Assert.Contains("extracted 2 documents", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 failed", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.Contains("not both", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_empty_input_is_a_clear_error()
    {
        var run = await CliRun.RunAsync(workspace.Settings, "  \n", "extract");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("EMPTY_TEXT", run.Error);
        Assert.Empty(run.Out);
    }

    private static (string?, string?) Outcome(JsonElement result) =>
        (result.GetProperty("outcome").GetString(), result.GetProperty("error").GetProperty("code").GetString());

    private static List<JsonElement> ParseLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
