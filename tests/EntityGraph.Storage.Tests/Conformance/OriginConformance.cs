using System.Globalization;
using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>Document origins (schema 6): kept with the document, read back by every read, replaced by a new version, validated, filtered by parent, and added to older databases.</summary>
public abstract class OriginConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Oslo = Entity("loc-oslo", "LOC", "Oslo");

    private static readonly DocumentOrigin Mail = new(
        "/data/inbox/quarterly.eml",
        "email",
        Metadata: new Dictionary<string, string>
        {
            ["from"] = "Alice Example <alice@example.com>",
            ["date"] = "2024-03-05T14:30:00+01:00",
            ["subject"] = "Quarterly figures from Oslo – ÆØÅ",
            ["attachments"] = "1",
        });

    private static readonly DocumentOrigin Attachment = new(
        "/data/inbox/quarterly.eml",
        "pdf",
        "attachment-1/report.pdf",
        "quarterly.eml",
        new Dictionary<string, string> { [DocumentOrigin.PagesKey] = "3", [DocumentOrigin.PageStartsKey] = "0,17,40" });

    [Fact]
    public async Task The_origin_is_kept_and_read_back_by_every_document_read()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("quarterly.eml", "Oslo sent the figures.").Mention(Oslo, "Oslo").Build() with { Origin = Mail });
        await store.UpsertDocumentAsync(new DocumentBuilder("quarterly.eml#attachment-1/report.pdf", "Oslo page one.\n\nPage two.\n\nPage three.").Mention(Oslo, "Oslo").Build() with { Origin = Attachment });
        await store.UpsertDocumentAsync(new DocumentBuilder("typed", "Typed in Oslo.").Mention(Oslo, "Oslo").Build());

        var byId = await temp.OpenAnother().GetDocumentsAsync(["quarterly.eml", "quarterly.eml#attachment-1/report.pdf", "typed"]);
        AssertOrigin(Mail, byId["quarterly.eml"].Origin);
        AssertOrigin(Attachment, byId["quarterly.eml#attachment-1/report.pdf"].Origin);
        Assert.Null(byId["typed"].Origin);

        var pdf = byId["quarterly.eml#attachment-1/report.pdf"].Origin!;
        Assert.Equal(3, pdf.Pages);
        Assert.Equal([0, 17, 40], pdf.PageStarts!);
        Assert.Equal("Quarterly figures from Oslo – ÆØÅ", byId["quarterly.eml"].Origin!["subject"]);
        Assert.Null(byId["quarterly.eml"].Origin!.Pages);

        var listed = (await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 10, 0))).Items.ToDictionary(d => d.Id);
        AssertOrigin(Attachment, listed["quarterly.eml#attachment-1/report.pdf"].Origin);
        Assert.Null(listed["typed"].Origin);

        var streamed = new Dictionary<string, DocumentRecord>();
        await foreach (var document in store.StreamDocumentsAsync())
        {
            streamed[document.Id] = document;
        }

        AssertOrigin(Mail, streamed["quarterly.eml"].Origin);
        AssertOrigin(Attachment, streamed["quarterly.eml#attachment-1/report.pdf"].Origin);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task A_new_version_replaces_the_origin_and_an_unchanged_one_keeps_it()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        var first = new DocumentBuilder("notes.txt", "Oslo notes.").Mention(Oslo, "Oslo").Build() with
        {
            Origin = new DocumentOrigin("/data/a/notes.txt", "text", Metadata: new Dictionary<string, string> { ["charset"] = "utf-8" }),
        };
        await store.UpsertDocumentAsync(first);

        Assert.Equal(DocumentWriteOutcome.Unchanged, await store.UpsertDocumentAsync(first with { Origin = null }));
        AssertOrigin(first.Origin!, (await store.GetDocumentsAsync(["notes.txt"]))["notes.txt"].Origin);

        var moved = first with { ContentHash = "moved", Origin = new DocumentOrigin("/data/b/notes.txt", "text", Metadata: new Dictionary<string, string> { ["charset"] = "iso-8859-1", ["bom"] = "true" }) };
        Assert.Equal(DocumentWriteOutcome.Updated, await store.UpsertDocumentAsync(moved));
        AssertOrigin(moved.Origin!, (await temp.OpenAnother().GetDocumentsAsync(["notes.txt"]))["notes.txt"].Origin);

        Assert.Equal(DocumentWriteOutcome.Updated, await store.UpsertDocumentAsync(first with { ContentHash = "typed", Origin = null }));
        Assert.Null((await temp.OpenAnother().GetDocumentsAsync(["notes.txt"]))["notes.txt"].Origin);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Documents_are_listed_by_their_parent()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("quarterly.eml", "Oslo sent the figures.").Build() with { Origin = Mail });
        for (var i = 1; i <= 3; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"quarterly.eml#attachment-{i}/part{i}.pdf");
            await store.UpsertDocumentAsync(new DocumentBuilder(id, $"Attachment {i}.").Build() with { Origin = Attachment with { Part = $"attachment-{i}/part{i}.pdf" } });
        }

        await store.UpsertDocumentAsync(new DocumentBuilder("other.eml#attachment-1/x.pdf", "Other.").Build() with { Origin = Attachment with { ParentId = "other.eml" } });

        var page = await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 2, 0, ParentId: "quarterly.eml"));

        Assert.Equal(3, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, document => Assert.Equal("quarterly.eml", document.Origin!.ParentId));
        Assert.Empty((await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 10, 0, ParentId: "nothing.eml"))).Items);
        Assert.Single((await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 10, 0, ParentId: "other.eml"))).Items);
    }

    [Theory]
    [InlineData("", "pdf", null, null, 0)]
    [InlineData("/a.pdf", " ", null, null, 0)]
    [InlineData("/a.pdf", "a-format-name-longer-than-32-characters", null, null, 0)]
    [InlineData("/a.pdf", "pdf", "", null, 0)]
    [InlineData("/a.pdf", "pdf", null, "  ", 0)]
    [InlineData("/a.pdf", "pdf", null, null, 65)]
    [InlineData("/a\0.pdf", "pdf", null, null, 0)]
    public async Task An_invalid_origin_is_refused_and_nothing_is_written(string path, string format, string? part, string? parent, int metadataEntries)
    {
        using var temp = await Backend.CreateAsync();
        var metadata = Enumerable.Range(0, metadataEntries).ToDictionary(i => string.Create(CultureInfo.InvariantCulture, $"k{i}"), _ => "v");
        var write = new DocumentBuilder("doc-1", "Oslo.").Mention(Oslo, "Oslo").Build() with { Origin = new DocumentOrigin(path, format, part, parent, metadata) };

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(write));

        Assert.Equal(ErrorCodes.InvalidDocument, failure.Code);
        Assert.Contains("origin", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await temp.Store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Metadata_that_not_every_backend_can_store_is_refused()
    {
        using var temp = await Backend.CreateAsync();
        var write = new DocumentBuilder("doc-1", "Oslo.").Mention(Oslo, "Oslo").Build();
        var unpaired = new string(['A', '\ud800', 'B']);

        foreach (var metadata in new[] { new Dictionary<string, string> { ["author"] = unpaired }, new Dictionary<string, string> { ["author\0"] = "x" } })
        {
            var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(write with { Origin = new DocumentOrigin("/a.pdf", "pdf", Metadata: metadata) }));
            Assert.Equal(ErrorCodes.InvalidDocument, failure.Code);
        }

        Assert.Equal(0, (await temp.Store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task A_schema_5_database_is_upgraded_keeping_its_documents_without_origin()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("old", "Oslo before origins.").Mention(Oslo, "Oslo").Build());
        temp.Execute("""
            DROP INDEX ix_entity_keys_name;
            DROP INDEX ix_documents_origin_parent;
            ALTER TABLE documents DROP COLUMN origin_path;
            ALTER TABLE documents DROP COLUMN origin_format;
            ALTER TABLE documents DROP COLUMN origin_part;
            ALTER TABLE documents DROP COLUMN origin_parent_id;
            ALTER TABLE documents DROP COLUMN origin_metadata;
            DROP TABLE job_items;
            DROP TABLE jobs;
            DELETE FROM schema_version WHERE version >= 6;
            """);

        var upgraded = temp.OpenAnother();
        await upgraded.InitializeAsync();

        Assert.Equal(8L, Convert.ToInt64(temp.Scalar("SELECT MAX(version) FROM schema_version;"), CultureInfo.InvariantCulture));
        var old = (await upgraded.GetDocumentsAsync(["old"]))["old"];
        Assert.Null(old.Origin);
        Assert.Equal("Oslo before origins.", old.Text);
        await upgraded.UpsertDocumentAsync(new DocumentBuilder("new", "Oslo after.").Mention(Oslo, "Oslo").Build() with { Origin = Attachment });
        AssertOrigin(Attachment, (await upgraded.GetDocumentsAsync(["new"]))["new"].Origin);
        Assert.Equal(2, (await upgraded.GetEntitiesAsync([Oslo.Id]))[Oslo.Id].DocumentCount);
        CountAudit.AssertExact(temp);
    }

    private static void AssertOrigin(DocumentOrigin expected, DocumentOrigin? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Path, expected.Format, expected.Part, expected.ParentId), (actual.Path, actual.Format, actual.Part, actual.ParentId));
        Assert.Equal(
            (expected.Metadata ?? new Dictionary<string, string>()).OrderBy(e => e.Key, StringComparer.Ordinal),
            actual.Metadata!.OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
