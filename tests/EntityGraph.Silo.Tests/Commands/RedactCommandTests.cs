using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage.Sqlite;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>
/// entitygraph redact over real files through an in-process silo (the tiny test model tags Title-case words PER and
/// ALL-CAPS words ORG), and ingest --redact.
/// </summary>
public sealed class RedactCommandTests(Workspace workspace) : IClassFixture<Workspace>
{
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private HostSettings WithSecrets => workspace.Settings with
    {
        Overrides = new Dictionary<string, string?>(workspace.Settings.Overrides)
        {
            ["EntityGraph:Redaction:EncryptionKey"] = Key,
            ["EntityGraph:Redaction:HashSalt"] = "cli-tests",
        },
    };

    [Fact]
    public async Task Jsonl_lines_become_redacted_lines_and_bad_lines_errors()
    {
        var folder = workspace.Folder("redact-jsonl");
        var input = Path.Combine(folder, "in.jsonl");
        var output = Path.Combine(folder, "out.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"a","text":"Anna paid with 4111 1111 1111 1111, mail anna@example.com.","language":"en"}""",
            """{"id":7,"text":"bitte DE89 3704 0044 0532 0130 00 an Bert.","language":"de"}""",
            """{"id":"empty","text":"  "}""",
            """{"id":"broken","text":""",
        ]);

        var run = await CliRun.RunAsync(workspace.Settings, null, "redact", "--in", input, "--out", output, "--data-dir", workspace.Folder("redact-jsonl-data"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("Redacted 2 of 4 documents", run.Out, StringComparison.Ordinal);
        Assert.Contains("error: empty: EMPTY_TEXT", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: line-4: INVALID_JSON", run.Error, StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "7", "empty", "line-4"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("<PERSON> paid with <CREDIT_CARD>, mail <EMAIL>.", lines[0].GetProperty("text").GetString());
        Assert.Equal("bitte <IBAN> an <PERSON>.", lines[1].GetProperty("text").GetString());
        Assert.Equal(["PERSON", "CREDIT_CARD", "EMAIL"], lines[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("type").GetString()));
        Assert.All(lines[0].GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("original", out _)));
        Assert.Equal("EMPTY_TEXT", lines[2].GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain("4111", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_encrypted_then_decrypted_is_restored_byte_for_byte()
    {
        var folder = workspace.Folder("redact-text");
        var input = Path.Combine(folder, "letter.txt");
        var redacted = Path.Combine(folder, "letter.redacted.txt");
        var restored = Path.Combine(folder, "letter.restored.txt");
        var text = "Sehr geehrte Frau Zoë Weiß,\r\n\r\nIhre IBAN DE89 3704 0044 0532 0130 00 – bitte anrufen: +49 30 901820.\n😀 Ende";
        await File.WriteAllTextAsync(input, text, new UTF8Encoding(false));
        var data = workspace.Folder("redact-text-data");

        var encrypt = await CliRun.RunAsync(WithSecrets, null, "redact", "--in", input, "--out", redacted, "--operator", "DEFAULT=encrypt", "--language", "de", "--data-dir", data);
        var decrypt = await CliRun.RunAsync(WithSecrets, null, "redact", "--decrypt", "--in", redacted, "--out", restored, "--data-dir", data);

        Assert.Equal(ExitCodes.Success, encrypt.ExitCode);
        Assert.Equal(ExitCodes.Success, decrypt.ExitCode);
        var hidden = await File.ReadAllTextAsync(redacted);
        Assert.DoesNotContain("DE89", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("901820", hidden, StringComparison.Ordinal);
        Assert.Contains("[ENC:", hidden, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(input), await File.ReadAllBytesAsync(restored));
    }

    [Fact]
    public async Task Hashes_are_the_same_in_two_separate_runs_with_the_same_salt()
    {
        var folder = workspace.Folder("redact-hash");
        var input = Path.Combine(folder, "in.jsonl");
        await File.WriteAllLinesAsync(input, ["""{"id":"h","text":"Mail anna@example.com today.","language":"en"}"""]);

        var first = await CliRun.RunAsync(WithSecrets, null, "redact", "--in", input, "--out", Path.Combine(folder, "1.jsonl"), "--operator", "EMAIL=hash", "--no-models", "--data-dir", workspace.Folder("hash-1"));
        var second = await CliRun.RunAsync(WithSecrets, null, "redact", "--in", input, "--out", Path.Combine(folder, "2.jsonl"), "--operator", "EMAIL=hash", "--no-models", "--data-dir", workspace.Folder("hash-2"));

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first.ExitCode, second.ExitCode));
        var one = await File.ReadAllTextAsync(Path.Combine(folder, "1.jsonl"));
        Assert.Equal(one, await File.ReadAllTextAsync(Path.Combine(folder, "2.jsonl")));
        Assert.Matches("\"text\":\"Mail [0-9a-f]{64} today.\"", one);
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "--operator", "EMAIL")]
    [InlineData(ExitCodes.Usage, "--operator", "EMAIL=mask:count=x")]
    [InlineData(ExitCodes.Usage, "--operator", "EMAIL=mask:colour=red")]
    [InlineData(ExitCodes.Failure, "--types", "SHOE_SIZE")]
    [InlineData(ExitCodes.Failure, "--operator", "EMAIL=shred")]
    public async Task Bad_options_are_refused_clearly(int exitCode, string option, string value)
    {
        var folder = workspace.Folder("redact-bad");
        var input = Path.Combine(folder, "in.jsonl");
        await File.WriteAllLinesAsync(input, ["""{"id":"x","text":"Mail anna@example.com.","language":"en"}"""]);

        var run = await CliRun.RunAsync(workspace.Settings, null, "redact", "--in", input, "--out", Path.Combine(folder, "out.jsonl"), option, value, "--no-models", "--data-dir", workspace.Folder("redact-bad-data"));

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(value.Split('=', ':')[^1].Split('=')[^1], run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_unsupported_input_is_refused()
    {
        var folder = workspace.Folder("redact-missing");
        await File.WriteAllTextAsync(Path.Combine(folder, "in.csv"), "a,b");

        var missing = await CliRun.RunAsync(workspace.Settings, null, "redact", "--in", Path.Combine(folder, "none.jsonl"), "--out", Path.Combine(folder, "o.jsonl"));
        var csv = await CliRun.RunAsync(workspace.Settings, null, "redact", "--in", Path.Combine(folder, "in.csv"), "--out", Path.Combine(folder, "o.jsonl"));
        var noOut = await CliRun.RunAsync(workspace.Settings, null, "redact", "--in", Path.Combine(folder, "in.csv"));

        Assert.Equal(ExitCodes.Failure, missing.ExitCode);
        Assert.Contains("FILE_NOT_FOUND", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, csv.ExitCode);
        Assert.Contains(".csv", csv.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, noOut.ExitCode);
        Assert.Contains("--out", noOut.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "o.jsonl")));
    }

    [Fact]
    public async Task Ingest_with_redact_stores_the_redacted_text_only()
    {
        var data = workspace.Folder("ingest-redact-data");
        var file = Path.Combine(workspace.Folder("ingest-redact"), "docs.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"id":"r1","text":"Anna called from +49 30 901820 about card 4111 1111 1111 1111.","language":"en"}"""]);

        var run = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--redact", "--data-dir", data, file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var store = await GraphStoreFactory.OpenAsync(data);
        var stored = (await store.GetDocumentsAsync(["r1"]))["r1"];
        Assert.Equal("<PERSON> called from <PHONE> about card <CREDIT_CARD>.", stored.Text);
    }
}
