using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// The API over an e-mail read from a file (<c>minutes.eml</c>), its two attachments (a PDF of three pages and a DOCX),
/// an attachment whose e-mail is not stored, and a document typed in without a file.
/// </summary>
public sealed class OriginGraphFixture : GraphApiHost
{
    public const string MailPath = "/data/inbox/minutes.eml";

    private static readonly SeedEntity Oslo = new("loc-oslo", "LOC", "Oslo", "oslo");

    protected override async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var mail = new DocumentOrigin(MailPath, "email", Metadata: new Dictionary<string, string>
        {
            ["from"] = "Alice Example <alice@example.com>",
            ["to"] = "Bob Builder <bob@example.org>",
            ["date"] = "2024-03-05T14:30:00+01:00",
            ["subject"] = "Minutes from Oslo",
            ["messageId"] = "m1@example.com",
            ["attachments"] = "2",
        });
        var writes = new[]
        {
            SeedDocuments.Build("minutes.eml", "en", "Minutes from Oslo", "The minutes from Oslo are attached.", [new SeedMention(Oslo, "Oslo")]) with { Origin = mail },
            SeedDocuments.Build("minutes.eml#attachment-1/minutes.pdf", "en", "Minutes", "Page one in Oslo.\n\nPage two.\n\nPage three.", [new SeedMention(Oslo, "Oslo")]) with
            {
                Origin = new DocumentOrigin(MailPath, "pdf", "attachment-1/minutes.pdf", "minutes.eml", new Dictionary<string, string> { ["pages"] = "3", ["pageStarts"] = "0,19,30", ["author"] = "Alice Example" }),
            },
            SeedDocuments.Build("minutes.eml#attachment-2/notes.docx", "en", "Notes", "Notes on Oslo.", [new SeedMention(Oslo, "Oslo")]) with
            {
                Origin = new DocumentOrigin(MailPath, "docx", "attachment-2/notes.docx", "minutes.eml", new Dictionary<string, string>()),
            },
            SeedDocuments.Build("lost.eml#attachment-1/a.txt", "en", "Lost", "Oslo, without its e-mail.", [new SeedMention(Oslo, "Oslo")]) with
            {
                Origin = new DocumentOrigin("/data/inbox/lost.eml", "text", "attachment-1/a.txt", "lost.eml", new Dictionary<string, string> { ["charset"] = "utf-8" }),
            },
            SeedDocuments.Build("typed", "en", "Typed", "Typed in Oslo.", [new SeedMention(Oslo, "Oslo")]),
        };
        foreach (var write in writes)
        {
            await store.UpsertDocumentAsync(write, cancellationToken);
        }
    }
}
