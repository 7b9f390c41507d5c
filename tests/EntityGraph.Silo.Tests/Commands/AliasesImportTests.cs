using EntityGraph.Storage.Sqlite;
using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>entitygraph aliases import FILE, end to end with ingest and export on the tiny model (ALL-CAPS words are ORG).</summary>
public sealed class AliasesImportTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Imported_names_link_existing_and_later_mentions_to_the_knowledge_base_entity_in_export()
    {
        var data = workspace.Folder("kb-data");
        var input = workspace.Folder("kb-input");
        await File.WriteAllLinesAsync(Path.Combine(input, "first.jsonl"), ["{\"id\":\"d1\",\"text\":\"ACME hired Anna.\",\"language\":\"en\"}"]);
        await File.WriteAllLinesAsync(Path.Combine(input, "second.jsonl"), ["{\"id\":\"d2\",\"text\":\"АКМЕ and ACME grew.\",\"language\":\"en\"}"]);
        var aliases = Path.Combine(input, "kb.csv");
        await File.WriteAllTextAsync(aliases, "entityId,type,name,language\nkb:acme,ORG,ACME,en\nkb:acme,ORG,\"Acme, Inc.\",en\nkb:acme,ORG,АКМЕ,ru\nkb:berlin,LOC,Berlin\n", new UTF8Encoding(false));

        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, Path.Combine(input, "first.jsonl"))).ExitCode);
        var import = await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--data-dir", data, aliases);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, Path.Combine(input, "second.jsonl"))).ExitCode);
        var output = Path.Combine(workspace.Root, "kb-mentions.jsonl");
        var export = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "mentions-jsonl", output);

        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        Assert.True(import.Out.StartsWith("imported 4 rows: 2 entities created, 4 aliases added, 2 keys linked, 1 entities merged", StringComparison.Ordinal), import.Out + import.Error);
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        var lines = (await File.ReadAllLinesAsync(output)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var acme = lines.Where(l => l.GetProperty("type").GetString() == "ORG").ToList();
        Assert.Equal(["d1:ACME", "d2:АКМЕ", "d2:ACME"], acme.Select(l => $"{l.GetProperty("documentId").GetString()}:{l.GetProperty("text").GetString()}"));
        Assert.All(acme, l => Assert.Equal("kb:acme", l.GetProperty("entityId").GetString()));
        using var store = await GraphStoreFactory.OpenAsync(data);
        Assert.Equal("kb:berlin", (await store.SearchEntitiesAsync(new EntityQuery("berlin", "LOC", null, 5, 0))).Items.Single().Id);
        var kb = (await store.GetEntitiesAsync(["kb:acme"]))["kb:acme"];
        Assert.Equal((3, 2), (kb.MentionCount, kb.DocumentCount));
    }

    [Fact]
    public async Task Jsonl_alias_files_import_with_a_json_summary()
    {
        var data = workspace.Folder("jsonl-kb-data");
        var file = Path.Combine(workspace.Folder("jsonl-kb"), "kb.jsonl");
        await File.WriteAllLinesAsync(file, ["{\"entityId\":\"kb:1\",\"type\":\"per\",\"name\":\"Ada Lovelace\",\"language\":\"en\"}", "", "{\"id\":\"kb:1\",\"type\":\"PER\",\"name\":\"Ада Лавлейс\",\"lang\":\"ru\"}"]);

        var run = await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--json", "--data-dir", data, file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var summary = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal((2, 1, 2), (summary.GetProperty("rows").GetInt32(), summary.GetProperty("entitiesCreated").GetInt32(), summary.GetProperty("keysLinked").GetInt32()));
        using var store = await GraphStoreFactory.OpenAsync(data);
        Assert.Equal("PER", (await store.GetEntitiesAsync(["kb:1"]))["kb:1"].Type);
    }

    [Theory]
    [InlineData("bad.csv", "kb:1,ORG\n", "bad.csv:1: expected 3 or 4 columns")]
    [InlineData("blank.csv", "kb:1,ORG,  ,en\n", "blank.csv:1: name must not be empty")]
    [InlineData("broken.jsonl", "{\"entityId\":\"kb:1\"\n", "broken.jsonl:1: not valid JSON")]
    [InlineData("table.xlsx", "x", "unknown alias file type '.xlsx'")]
    [InlineData("empty.csv", "entityId,type,name\n", "the file has no alias rows")]
    public async Task Bad_alias_files_fail_with_the_line_and_write_nothing(string name, string content, string message)
    {
        var data = workspace.Folder($"bad-kb-data-{name}");
        var file = Path.Combine(workspace.Folder($"bad-kb-{name}"), name);
        await File.WriteAllTextAsync(file, content, new UTF8Encoding(false));

        var run = await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--data-dir", data, file);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "entitygraph.db")));
    }

    [Fact]
    public async Task Invalid_utf8_and_key_conflicts_fail_and_leave_the_store_as_it_was()
    {
        var data = workspace.Folder("conflict-kb-data");
        var folder = workspace.Folder("conflict-kb");
        var latin1 = Path.Combine(folder, "latin1.csv");
        await File.WriteAllBytesAsync(latin1, [.. Encoding.ASCII.GetBytes("kb:1,LOC,Caf"), 0xE9, 0x0A]);
        var conflict = Path.Combine(folder, "conflict.csv");
        await File.WriteAllTextAsync(conflict, "kb:a,PER,John Smith,en\nkb:b,PER,John Smith,en\n");
        await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--data-dir", data, await WriteAsync(folder, "seed.csv", "kb:seed,LOC,Seedville,en\n"));

        var bad = await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--data-dir", data, latin1);
        var clash = await CliRun.RunAsync(workspace.Settings, null, "aliases", "import", "--data-dir", data, conflict);

        Assert.Equal(ExitCodes.Failure, bad.ExitCode);
        Assert.Contains("not valid UTF-8", bad.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, clash.ExitCode);
        Assert.Contains("KEY_CONFLICT", clash.Error, StringComparison.Ordinal);
        using var store = await GraphStoreFactory.OpenAsync(data);
        Assert.Equal(["kb:seed"], (await store.GetEntitiesAsync(["kb:seed", "kb:a", "kb:b", "kb:1"])).Keys);
    }

    [Fact]
    public async Task An_unknown_action_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(workspace.Settings, null, "aliases", "export", "x.csv");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Unrecognized command or argument 'export'.", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
