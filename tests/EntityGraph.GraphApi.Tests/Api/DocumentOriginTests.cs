using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary><c>Document.origin</c>, <c>Document.parent</c> and <c>documents(parentId)</c> over documents read from files.</summary>
public sealed class DocumentOriginTests(OriginGraphFixture fixture) : IClassFixture<OriginGraphFixture>
{
    [Fact]
    public async Task An_email_shows_its_file_format_and_headers()
    {
        var data = await fixture.Client.QueryAsync("""
            { document(id: "minutes.eml") { id source origin { path format part parentId pages pageStarts from to date subject metadata { name value } } parent { id } } }
            """);

        JsonAssert.Equivalent("""
            { "document": { "id": "minutes.eml", "source": null, "parent": null, "origin": {
                "path": "/data/inbox/minutes.eml", "format": "email", "part": null, "parentId": null, "pages": null, "pageStarts": null,
                "from": "Alice Example <alice@example.com>", "to": "Bob Builder <bob@example.org>", "date": "2024-03-05T14:30:00+01:00",
                "subject": "Minutes from Oslo",
                "metadata": [
                  { "name": "attachments", "value": "2" }, { "name": "date", "value": "2024-03-05T14:30:00+01:00" },
                  { "name": "from", "value": "Alice Example <alice@example.com>" }, { "name": "messageId", "value": "m1@example.com" },
                  { "name": "subject", "value": "Minutes from Oslo" }, { "name": "to", "value": "Bob Builder <bob@example.org>" } ] } } }
            """, data);
    }

    [Fact]
    public async Task A_pdf_attachment_shows_its_part_pages_and_parent()
    {
        var data = await fixture.Client.QueryAsync("""
            { document(id: "minutes.eml#attachment-1/minutes.pdf") { origin { format part parentId pages pageStarts subject } parent { id title origin { format } } } }
            """);

        JsonAssert.Equivalent("""
            { "document": {
                "origin": { "format": "pdf", "part": "attachment-1/minutes.pdf", "parentId": "minutes.eml", "pages": 3, "pageStarts": [0, 19, 30], "subject": null },
                "parent": { "id": "minutes.eml", "title": "Minutes from Oslo", "origin": { "format": "email" } } } }
            """, data);
    }

    [Fact]
    public async Task The_attachments_of_an_email_are_listed_by_parent_and_missing_origins_and_parents_are_null()
    {
        var data = await fixture.Client.QueryAsync("""
            { attachments: documents(parentId: "minutes.eml") { totalCount nodes { id origin { part } } }
              typed: document(id: "typed") { origin { path } parent { id } }
              orphan: document(id: "lost.eml#attachment-1/a.txt") { origin { parentId } parent { id } } }
            """);

        Assert.Equal(2, data.GetProperty("attachments").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["attachment-1/minutes.pdf", "attachment-2/notes.docx"],
            data.GetProperty("attachments").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("origin").GetProperty("part").GetString()).Order(StringComparer.Ordinal));
        JsonAssert.Equivalent("""{ "origin": null, "parent": null }""", data.GetProperty("typed"));
        JsonAssert.Equivalent("""{ "origin": { "parentId": "lost.eml" }, "parent": null }""", data.GetProperty("orphan"));
    }
}
