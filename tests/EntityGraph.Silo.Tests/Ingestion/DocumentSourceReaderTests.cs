using EntityGraph.Storage;
using System.Text;
using EntityGraph.Grains;
using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

public sealed class DocumentSourceReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entitygraph-sources-").FullName;

    [Fact]
    public async Task Folders_are_read_recursively_with_one_result_per_file()
    {
        Write("a.txt", "First line title\nBody of A.");
        Write("sub/b.md", "\n## Heading of B\nBody of B.");
        Write("sub/deeper/c.jsonl", "{\"id\":\"c1\",\"text\":\"C one\"}\n{\"id\":\"c2\",\"text\":\"C two\"}\n");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x41, 0x00, 0x42]);
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9]);
        File.WriteAllBytes(Path.Combine(folder, "image.png"), [0x89, 0x50, 0x4E, 0x47]);
        Write(".hidden/skip.txt", "never read");
        Write("page.html", "<html><head><title>Quarterly note</title><script>var secret = 1;</script></head><body><p>ACME hired Anna.</p></body></html>");
        Write("mail.eml", "From: Anna <anna@example.com>\r\nSubject: Minutes\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the notes.\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\nKRONOS met Bert.\r\n--b--\r\n");

        var items = await ReadAsync(new DocumentSourceReader(1_000), folder);

        var byName = items.ToDictionary(i => Path.GetRelativePath(folder, i.Origin).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.Equal(
            ["a.txt", "binary.txt", "image.png", "latin1.txt", "mail.eml", "mail.eml#attachment-1/notes.txt", "page.html", "sub/b.md", "sub/deeper/c.jsonl:1", "sub/deeper/c.jsonl:2"],
            byName.Keys);
        Assert.Equal(new DocumentInput("a.txt", "First line title\nBody of A.", Title: "First line title", Source: Path.Combine(folder, "a.txt")), byName["a.txt"].Document! with { Origin = null });
        var textOrigin = byName["a.txt"].Document!.Origin!;
        Assert.Equal((Path.Combine(folder, "a.txt"), "text", (string?)null, (string?)null, "utf-8"), (textOrigin.Path, textOrigin.Format, textOrigin.Part, textOrigin.ParentId, textOrigin.Metadata!["charset"]));
        Assert.Equal((Path.Combine(folder, "sub/deeper/c.jsonl"), "jsonl", (string?)null), (byName["sub/deeper/c.jsonl:2"].Document!.Origin!.Path, byName["sub/deeper/c.jsonl:2"].Document!.Origin!.Format, byName["sub/deeper/c.jsonl:2"].Document!.Origin!.Part));
        Assert.Equal("Heading of B", byName["sub/b.md"].Document!.Title);
        Assert.Equal("c2", byName["sub/deeper/c.jsonl:2"].Document!.Id);
        Assert.Equal(ErrorCodes.BinaryFile, byName["binary.txt"].Error!.Code);
        Assert.Equal("café", byName["latin1.txt"].Document!.Text);
        Assert.Equal(("page.html", "Quarterly note", "ACME hired Anna."), (byName["page.html"].Document!.Id, byName["page.html"].Document!.Title, byName["page.html"].Document!.Text));
        Assert.Equal(("mail.eml", "Minutes"), (byName["mail.eml"].Document!.Id, byName["mail.eml"].Document!.Title));
        Assert.Contains("See the notes.", byName["mail.eml"].Document!.Text, StringComparison.Ordinal);
        var attachment = byName["mail.eml#attachment-1/notes.txt"].Document!;
        Assert.Equal(("mail.eml#attachment-1/notes.txt", "KRONOS met Bert."), (attachment.Id, attachment.Text.Trim()));
        Assert.Equal((Path.Combine(folder, "mail.eml"), "text", "attachment-1/notes.txt", "mail.eml"), (attachment.Origin!.Path, attachment.Origin.Format, attachment.Origin.Part, attachment.Origin.ParentId));
        var mail = byName["mail.eml"].Document!.Origin!;
        Assert.Equal(("email", (string?)null, (string?)null, "Minutes", "Anna <anna@example.com>", "1"), (mail.Format, mail.Part, mail.ParentId, mail.Metadata!["subject"], mail.Metadata["from"], mail.Metadata["attachments"]));
        Assert.True(byName["image.png"].Error!.Skipped);
    }

    [Fact]
    public async Task Missing_paths_oversized_files_and_repeated_ids_fail_alone()
    {
        Write("big.txt", new string('x', 1_004));
        Write("ok.txt", "fine");
        Write("dup.jsonl", "{\"id\":\"ok.txt\",\"text\":\"again\"}\n");

        var items = await ReadAsync(
            new DocumentSourceReader(1_000),
            Path.Combine(folder, "missing.txt"),
            Path.Combine(folder, "big.txt"),
            Path.Combine(folder, "ok.txt"),
            Path.Combine(folder, "dup.jsonl"));

        Assert.Equal(
            [ErrorCodes.FileNotFound, ErrorCodes.TextTooLarge, null, ErrorCodes.DuplicateId],
            items.Select(i => i.Error?.Code));
        Assert.Contains("already read from", items[3].Error!.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<List<SourceItem>> ReadAsync(DocumentSourceReader reader, params string[] paths)
    {
        var items = new List<SourceItem>();
        await foreach (var item in reader.ReadAsync(paths))
        {
            items.Add(item);
        }

        return items;
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
