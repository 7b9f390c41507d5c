using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EntityGraph.DocumentCorpus;
using EntityGraph.DocumentCorpus.Manifest;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Ingestion;
using EntityGraph.Silo.Output;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;
using Xunit.Abstractions;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>
/// The acceptance test of ingest over real document formats: a generated folder of 1,000 files of every format (PDFs,
/// DOCX, e-mails with attachments and forwarded messages, HTML, Markdown, text in several charsets, JSON, JSONL) with
/// broken and unsupported files among them; a real <c>entitygraph ingest</c> process SIGKILLed a third of the way through,
/// then run again to the end.
/// </summary>
public sealed class DocumentFolderCrashTests(Workspace workspace, ITestOutputHelper output) : IClassFixture<Workspace>
{
    private const int Files = 1000;

    [Fact]
    public async Task Sigkill_a_third_into_a_folder_of_every_format_and_a_rerun_store_every_readable_document_once_and_report_every_broken_file()
    {
        var clock = Stopwatch.StartNew();
        var input = Path.Combine(workspace.Root, "folder-crash-input");
        var manifest = FolderGenerator.Generate(input, Files, seed: 2026);
        var expected = manifest.Documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        Assert.Equal(Files, manifest.Files);
        Assert.Equal(["broken", "docx", "eml", "html", "json", "jsonl", "md", "pdf", "txt", "unsupported"], manifest.FilesByKind.Keys);
        var generated = clock.Elapsed;

        var data = workspace.Folder("folder-crash-data");
        var killedReport = Path.Combine(workspace.Root, "folder-crash-killed.json");
        long storedAtKill;
        using (var ingest = IngestProcess.Start(workspace.Settings, "--data-dir", data, "--report", killedReport, input))
        {
            storedAtKill = await ingest.WaitForStoredDocumentsAsync(data, expected.Count / 3, TimeSpan.FromSeconds(240));
            await ingest.KillAsync();
        }

        var killed = clock.Elapsed;
        Assert.False(File.Exists(killedReport), "the killed run finished before the kill");
        var check = await CliRun.RunAsync(workspace.Settings, null, "store", "check", "--data-dir", data);
        Assert.True(check.ExitCode == ExitCodes.Success, check.Out + check.Error);
        Assert.Contains("integrity: ok", check.Out, StringComparison.Ordinal);
        Assert.Contains("every count equals what the mention rows say", check.Out, StringComparison.Ordinal);
        long storedBefore;
        using (var store = await GraphStoreFactory.OpenAsync(data))
        {
            storedBefore = (await store.GetStatisticsAsync()).Documents;
        }

        Assert.InRange(storedBefore, storedAtKill, expected.Count - 1);

        var reportPath = Path.Combine(workspace.Root, "folder-crash-report.json");
        var rerun = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, "--report", reportPath, input);
        var finished = clock.Elapsed;

        Assert.True(rerun.ExitCode == ExitCodes.Failure, $"the broken files must make the run fail: {rerun.ExitCode}\n{rerun.Out}");
        var report = JsonSerializer.Deserialize<IngestReport>(await File.ReadAllTextAsync(reportPath), CliJson.Indented)!;
        Assert.Equal(
            new IngestReportCounts(expected.Count - (int)storedBefore, 0, (int)storedBefore, manifest.Failures.Count, manifest.Skipped.Count),
            report.Counts);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"{expected.Count} of {expected.Count + manifest.Failures.Count} documents ingested: {expected.Count - storedBefore} created, 0 updated, {storedBefore} unchanged, {manifest.Failures.Count} failed, {manifest.Skipped.Count} skipped"),
            rerun.Out,
            StringComparison.Ordinal);
        AssertReported(input, manifest, report);

        using (var store = await GraphStoreFactory.OpenAsync(data))
        {
            Assert.Equal(expected.Count, (await store.GetStatisticsAsync()).Documents);
            var stored = await store.GetDocumentsAsync(expected.Keys.ToList());
            Assert.Equal(expected.Count, stored.Count);
            foreach (var document in expected.Values)
            {
                AssertStored(input, document, stored[document.Id]);
            }

            var attachments = await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 100, 0, ParentId: manifest.Documents.First(d => d.ParentId is not null).ParentId));
            Assert.NotEmpty(attachments.Items);
            Assert.True((await store.CheckAsync()).Ok);
        }

        var recheck = await CliRun.RunAsync(workspace.Settings, null, "store", "check", "--data-dir", data);
        Assert.True(recheck.ExitCode == ExitCodes.Success, recheck.Out + recheck.Error);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{manifest.Files} files, {expected.Count} documents, {manifest.Failures.Count} failures, {manifest.Skipped.Count} skipped; generated in {generated.TotalSeconds:0.0} s, killed at {storedAtKill} documents after {(killed - generated).TotalSeconds:0.0} s, rerun {(finished - killed).TotalSeconds:0.0} s ({report.Counts.Created} created, {report.Counts.Unchanged} unchanged), total {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>Every expected failure is in the report with its code and a reason, every skip with its reason, and nothing else.</summary>
    private static void AssertReported(string input, FolderManifest manifest, IngestReport report)
    {
        Assert.Equal(
            manifest.Failures.Select(failure => (Full(input, failure.Origin), failure.Code)).Order(),
            report.Failures.Select(failure => (failure.Origin, failure.Code)).Order());
        Assert.All(report.Failures, failure => Assert.False(string.IsNullOrWhiteSpace(failure.Message), $"{failure.Origin} has no reason"));
        Assert.All(
            report.Failures.Where(failure => !failure.Origin.Contains('#', StringComparison.Ordinal) && !failure.Origin.Contains(".jsonl:", StringComparison.Ordinal)),
            failure => Assert.Contains(Path.GetFileName(failure.Origin), failure.Message, StringComparison.Ordinal));
        Assert.Equal(
            manifest.Skipped.Select(file => Full(input, file)).Order(StringComparer.Ordinal),
            report.Skipped.Select(skip => skip.Origin).Order(StringComparer.Ordinal));
        Assert.All(report.Skipped, skip => Assert.Contains("unsupported file type", skip.Message, StringComparison.Ordinal));
    }

    /// <summary>The stored document holds the text and title its reader must give, and its origin.</summary>
    private static void AssertStored(string input, ExpectedDocument expected, DocumentRecord stored)
    {
        Assert.True(expected.Text == stored.Text, $"{expected.Id} ({expected.Format}): expected text\n{expected.Text}\nstored\n{stored.Text}");
        Assert.True(expected.Title == stored.Title, $"{expected.Id}: expected title '{expected.Title}', stored '{stored.Title}'");
        var origin = stored.Origin;
        Assert.NotNull(origin);
        Assert.Equal(
            (Full(input, expected.File), expected.Format, expected.Part, expected.ParentId, expected.Pages),
            (origin.Path, origin.Format, origin.Part, origin.ParentId, origin.Pages));
        if (expected.Pages is { } pages)
        {
            var starts = origin.PageStarts!;
            Assert.Equal(pages, starts.Count);
            Assert.Equal(0, starts[0]);
            Assert.All(starts.Skip(1), start => Assert.Equal("\n\n", stored.Text[(start - 2)..start]));
        }

        if (expected.Format == "email")
        {
            Assert.Equal(expected.Title, origin["subject"]);
            Assert.Equal("Anna Berg <anna.berg@example.com>", origin["from"]);
            Assert.NotNull(origin["date"]);
        }
    }

    private static string Full(string folder, string relative) => Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
}
