using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EntityGraph.Export.Neo4j;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary><c>entitygraph export --format neo4j|graphml</c> over a store filled by a real ingest.</summary>
public sealed partial class GraphExportTests(Workspace workspace) : IClassFixture<Workspace>
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Neo4j_files_follow_the_import_format_hold_the_stores_counts_and_every_relationship_end_exists()
    {
        var data = await IngestAsync("neo4j");
        var output = Path.Combine(workspace.Root, "neo4j-out");

        var run = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "neo4j", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var files = Neo4jSchema.All.ToDictionary(file => file.Name, file => ReadCsv(Path.Combine(output, file.Name)));
        foreach (var file in Neo4jSchema.All)
        {
            var header = files[file.Name][0];
            Assert.Equal(file.Header, header.Select(cell => cell ?? string.Empty));
            Assert.All(header, cell => Assert.Matches(HeaderCell(), cell ?? string.Empty));
            Assert.All(files[file.Name].Skip(1), row => Assert.Equal(header.Count, row.Count));
        }

        Assert.Empty(Directory.GetFiles(output, "*.partial"));
        using var store = await GraphStoreFactory.OpenAsync(data);
        var statistics = await store.GetStatisticsAsync();
        var entityIds = Column(files, Neo4jSchema.Entities, "entityId:ID(Entity)");
        Assert.Equal(statistics.Entities, entityIds.Count);
        Assert.Equal(statistics.Documents, Column(files, Neo4jSchema.Documents, "documentId:ID(Document)").Count);
        Assert.Equal(statistics.Mentions, Column(files, Neo4jSchema.Mentions, "count:int").Sum(count => int.Parse(count!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(statistics.Aliases, Column(files, Neo4jSchema.Aliases, "manual:boolean").Count(manual => manual == "false"));
        Assert.Equal(await CooccurringPairsAsync(store, entityIds!), Rows(files, Neo4jSchema.Cooccurrences).Count);
        var tags = await StoredTagsAsync(store);
        Assert.Equal(tags.Select(tag => tag.Name.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal), Column(files, Neo4jSchema.Tags, "tagId:ID(Tag)"));
        Assert.Contains("meetings", Column(files, Neo4jSchema.Tags, "tagId:ID(Tag)"));
        Assert.Equal(tags.Count, Rows(files, Neo4jSchema.Tagged).Count);

        foreach (var file in Neo4jSchema.All.Where(file => !file.IsNode))
        {
            var starts = Neo4jSchema.NodesOf(file.Start.Space!);
            var ends = Neo4jSchema.NodesOf(file.End.Space!);
            var startIds = Column(files, starts, starts.Id.Header).ToHashSet();
            var endIds = Column(files, ends, ends.Id.Header).ToHashSet();
            Assert.All(Rows(files, file), row =>
            {
                Assert.Contains(row[0], startIds);
                Assert.Contains(row[1], endIds);
                Assert.Equal(file.RelationshipType, row[^1]);
            });
        }

        Assert.All(Column(files, Neo4jSchema.Documents, "originFormat"), format => Assert.Equal("jsonl", format));
        Assert.All(Column(files, Neo4jSchema.Documents, "originPath"), path => Assert.EndsWith("docs.jsonl", path, StringComparison.Ordinal));
        Assert.All(Column(files, Neo4jSchema.Documents, "pages:int"), Assert.Null);
        Assert.All(Column(files, Neo4jSchema.Documents, "originMetadata"), metadata => Assert.Equal("{}", metadata));
        var quoted = Rows(files, Neo4jSchema.Documents).Single(row => row[0] == "x4");
        Assert.Equal("He said \"hi\", then\nleft", quoted[1]);
        Assert.Null(Rows(files, Neo4jSchema.Documents).Single(row => row[0] == "x1")[1]);
        var acmeInX1 = Rows(files, Neo4jSchema.Mentions).Single(row => row[0] == "x1" && row[5] == "ACME");
        Assert.Equal(("2", "0;25", "4;29"), (acmeInX1[2], acmeInX1[3], acmeInX1[4]));
    }

    [Fact]
    public async Task Load_cypher_parses_with_the_Cypher_grammar_and_import_sh_names_every_file()
    {
        var data = await IngestAsync("cypher");
        var output = Path.Combine(workspace.Root, "cypher-out");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "neo4j", output)).ExitCode);

        var (errors, warnings) = await CypherLint.CheckAsync(Path.Combine(output, "load.cypher"));

        Assert.Empty(errors);
        Assert.Empty(warnings);
        var load = await File.ReadAllTextAsync(Path.Combine(output, "load.cypher"));
        Assert.Equal(4, Regex.Matches(load, @"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.\w+ IS UNIQUE;").Count);
        Assert.Equal(Neo4jSchema.All.Count, Regex.Matches(load, @"IN TRANSACTIONS OF 1000 ROWS;").Count);
        var import = await File.ReadAllTextAsync(Path.Combine(output, "import.sh"));
        Assert.Contains("neo4j-admin\"", import, StringComparison.Ordinal);
        Assert.Contains("database import full", import, StringComparison.Ordinal);
        Assert.All(Neo4jSchema.All, file => Assert.Contains($"--{(file.IsNode ? "nodes" : "relationships")}={file.Name}", import, StringComparison.Ordinal));
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(Path.Combine(output, "import.sh")).HasFlag(UnixFileMode.UserExecute));

        var (brokenErrors, _) = await CypherLint.CheckAsync(await WriteAsync("broken.cypher", "MATCH (n:Entity {entityId: 'x') RETURN n;"));
        Assert.NotEmpty(brokenErrors);
    }

    [Fact]
    public async Task Graphml_is_well_formed_declares_its_keys_and_round_trips_node_and_edge_counts()
    {
        var data = await IngestAsync("graphml");
        var output = Path.Combine(workspace.Root, "graph.graphml");

        var run = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "graphml", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var document = XDocument.Load(output);
        var graph = document.Root!.Element(GraphMl + "graph")!;
        var nodes = graph.Elements(GraphMl + "node").ToList();
        var edges = graph.Elements(GraphMl + "edge").ToList();
        var keys = document.Root.Elements(GraphMl + "key").ToDictionary(key => (string)key.Attribute("id")!, key => (string)key.Attribute("attr.type")!);
        Assert.All(document.Descendants(GraphMl + "data"), item => Assert.Contains((string)item.Attribute("key")!, keys.Keys));
        var nodeIds = nodes.Select(node => (string)node.Attribute("id")!).ToHashSet();
        Assert.Equal(nodes.Count, nodeIds.Count);
        Assert.All(edges, edge =>
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
        });

        using var store = await GraphStoreFactory.OpenAsync(data);
        var statistics = await store.GetStatisticsAsync();
        var byKind = nodes.GroupBy(Kind).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(statistics.Entities, byKind["entity"]);
        Assert.Equal(statistics.Documents, byKind["document"]);
        var tags = await StoredTagsAsync(store);
        Assert.Equal(tags.Select(tag => tag.Name.ToLowerInvariant()).Distinct().Count(), byKind["tag"]);
        var relations = edges.GroupBy(edge => Data(edge, "relation")).ToDictionary(group => group.Key, group => group.ToList());
        Assert.Equal(statistics.Mentions, relations["MENTIONS"].Sum(edge => int.Parse(Data(edge, "count"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(tags.Count, relations["TAGGED"].Count);
        var entityIds = nodes.Where(node => Kind(node) == "entity").Select(node => ((string)node.Attribute("id")!)[2..]).ToList();
        Assert.Equal(await CooccurringPairsAsync(store, entityIds), relations["CO_OCCURS_WITH"].Count);
        Assert.All(relations["CO_OCCURS_WITH"], edge => Assert.Equal("false", (string?)edge.Attribute("directed")));
        Assert.Equal("int", keys["mentionCount"]);
        Assert.Equal("double", keys["weight"]);
    }

    [Fact]
    public async Task A_file_format_refuses_stdout_and_an_unknown_format_is_named()
    {
        var data = await IngestAsync("refusals");

        var toStdout = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "graphml", "-");
        var unknown = await CliRun.RunAsync(workspace.Settings, null, "export", "--data-dir", data, "--format", "gexf", "out");

        Assert.Equal(ExitCodes.Usage, toStdout.ExitCode);
        Assert.Contains("--format graphml writes files; give a file, not '-'", toStdout.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("Argument 'gexf' not recognized. Must be one of:\n\t'mentions-jsonl'\n\t'neo4j'\n\t'graphml'", unknown.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private async Task<string> IngestAsync(string name)
    {
        var data = workspace.Folder(name + "-data");
        var file = Path.Combine(workspace.Folder(name + "-input"), "docs.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { id = "x1", text = "ACME hired Anna and then ACME met Anna.", language = "en", tags = new[] { "hiring" } }),
            JsonSerializer.Serialize(new { id = "x2", text = "KRONOS and ACME met Bert.", language = "en", title = "Meeting", tags = new[] { "Meetings" } }),
            JsonSerializer.Serialize(new { id = "x3", text = "Bert, ACME and ZETA signed.", language = "en", title = "Signing", tags = new[] { "meetings" } }),
            JsonSerializer.Serialize(new { id = "x4", text = "ZETA left.", language = "en", title = "He said \"hi\", then\nleft" }),
        ]);
        var run = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, file);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        return data;
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(workspace.Folder("cypher-files"), name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>Every tag of every document, read through the API's document reads.</summary>
    private static async Task<List<TagRecord>> StoredTagsAsync(IGraphStore store)
    {
        var documents = await store.GetDocumentsAsync(["x1", "x2", "x3", "x4"]);
        Assert.Equal(4, documents.Count);
        return documents.Values.SelectMany(document => document.Tags).ToList();
    }

    /// <summary>Pairs of entities related through co-occurrence, counted from the API's related-entities reads.</summary>
    private static async Task<int> CooccurringPairsAsync(IGraphStore store, IReadOnlyCollection<string> entityIds)
    {
        var ends = 0;
        foreach (var id in entityIds)
        {
            ends += (await store.GetRelatedEntitiesAsync(id, 1000)).Count;
        }

        return ends / 2;
    }

    private static List<List<string?>> Rows(Dictionary<string, List<List<string?>>> files, Neo4jFile file) => files[file.Name].Skip(1).ToList();

    private static List<string?> Column(Dictionary<string, List<List<string?>>> files, Neo4jFile file, string header)
    {
        var index = files[file.Name][0].IndexOf(header);
        Assert.True(index >= 0, $"{file.Name} has no column {header}");
        return Rows(files, file).Select(row => row[index]).ToList();
    }

    private static string Kind(XElement node) => Data(node, "kind");

    private static string Data(XElement element, string key) =>
        (string)element.Elements(GraphMl + "data").Single(item => (string)item.Attribute("key")! == key);

    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks; an empty unquoted field is null.</summary>
    private static List<List<string?>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<List<string?>>();
        var row = new List<string?>();
        var i = 0;
        while (i < text.Length)
        {
            string? field;
            if (text[i] == '"')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        value.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(text[i++]);
                    }
                }

                field = value.ToString();
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] is not (',' or '\n'))
                {
                    end++;
                }

                field = end == i ? null : text[i..end];
                i = end;
            }

            row.Add(field);
            if (i < text.Length && text[i] == ',')
            {
                i++;
            }
            else
            {
                rows.Add(row);
                row = [];
                i++;
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^(\w+(:(ID\(\w+\)|int|double|boolean|datetime|int\[\]))?|:LABEL|:TYPE|:START_ID\(\w+\)|:END_ID\(\w+\))$")]
    private static partial Regex HeaderCell();
}
