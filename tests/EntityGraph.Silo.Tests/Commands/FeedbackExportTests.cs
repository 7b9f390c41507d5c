using EntityGraph.Corpus;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>
/// entitygraph feedback export over a real store: documents ingested with the real models, reviewed through the store's
/// review contract, exported as JSONL and IOB2 and read back with the corpus readers training uses: the spans are the
/// reviewed ones, exactly.
/// </summary>
public sealed class FeedbackExportTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Completed_reviews_round_trip_through_jsonl_and_iob2_with_identical_spans()
    {
        var data = workspace.Folder("feedback-data");
        var input = Path.Combine(workspace.Folder("feedback-input"), "docs.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            "{\"id\":\"p1\",\"language\":\"en\",\"domain\":\"politics\",\"text\":\"Angela Merkel met Emmanuel Macron in Paris. The Social Democratic Party won.\"}",
            "{\"id\":\"p2\",\"language\":\"en\",\"domain\":\"politics\",\"text\":\"Barack Obama spoke in Chicago on Tuesday.\"}",
            "{\"id\":\"s1\",\"language\":\"en\",\"domain\":\"sports\",\"text\":\"Roger Federer won in London.\"}",
        ]);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, input)).ExitCode);
        var note = Path.Combine(workspace.Folder("feedback-notes"), "note.txt");
        await File.WriteAllTextAsync(note, "Briefing\nAngela Merkel spoke in Berlin.");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, "--domain", "politics", note)).ExitCode);

        Dictionary<string, IReadOnlyList<MentionRecord>> reviewed;
        using (var store = await GraphStoreFactory.OpenAsync(data))
        {
            foreach (var id in new[] { "p1", "s1" })
            {
                foreach (var mention in (await store.GetAllMentionsAsync(id)).Where(m => m.Status == MentionStatus.InReview))
                {
                    await store.ReviewMentionAsync(new MentionReview(ReviewActions.Reject, id, mention.Id, 0, 0, string.Empty, null, "tester"));
                }

                await store.CompleteReviewAsync(id, "tester");
            }

            reviewed = (await store.GetMentionsByDocumentAsync(["p1", "s1"])).ToDictionary(p => p.Key, p => p.Value);
            Assert.Equal(("politics", "politics", "sports"), ((await store.GetDocumentsAsync(["note.txt"]))["note.txt"].Domain, (await store.GetDocumentsAsync(["p1"]))["p1"].Domain, (await store.GetDocumentsAsync(["s1"]))["s1"].Domain));
        }

        Assert.NotEmpty(reviewed["p1"]);
        var jsonl = Path.Combine(workspace.Folder("feedback-out"), "politics.jsonl");
        var iob2 = Path.Combine(workspace.Folder("feedback-out"), "politics.iob2");

        var jsonRun = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "jsonl", "--domain", "politics", jsonl);
        var iobRun = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "iob2", "--language", "en", "--domain", "politics", iob2);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (jsonRun.ExitCode, iobRun.ExitCode));
        Assert.Contains($"exported 1 reviewed documents with {reviewed["p1"].Count} entities", jsonRun.Error);
        var example = Assert.Single(JsonlSpanReader.ReadFile(jsonl));
        Assert.Equal(reviewed["p1"].Select(m => new EntitySpan(m.Start, m.End, m.Type)), example.Entities);
        var sentences = ConllReader.ReadFile(iob2).Select(s => SentenceText.Build(s, "en")).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(
            reviewed["p1"].Select(m => (m.Text, m.Type)),
            sentences.SelectMany(s => s.Entities.Select(e => (s.Text[e.Start..e.End], e.Type))));

        var all = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "jsonl", "-");
        Assert.Equal(["p1", "s1"], all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Bad_feedback_arguments_are_refused_with_a_clear_message()
    {
        var data = workspace.Folder("feedback-bad");

        var noFormat = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "out.jsonl");
        var badFormat = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "csv", "out.csv");
        var badDomain = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "jsonl", "--domain", "Politics!", "out.jsonl");
        var noStore = await CliRun.RunAsync(workspace.Settings, null, "feedback", "export", "--data-dir", data, "--format", "jsonl", "out.jsonl");

        Assert.Equal(ExitCodes.Usage, noFormat.ExitCode);
        Assert.Contains("Option '--format' is required.", noFormat.Error);
        Assert.Contains("Argument 'csv' not recognized. Must be one of:", badFormat.Error);
        Assert.Contains("the domain 'Politics!' is not valid", badDomain.Error);
        Assert.Equal(ExitCodes.Failure, noStore.ExitCode);
        Assert.Contains("no graph store at", noStore.Error);
    }
}
