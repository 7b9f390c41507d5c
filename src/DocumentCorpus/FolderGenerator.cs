using System.Globalization;
using EntityGraph.DocumentCorpus.Formats;
using EntityGraph.DocumentCorpus.Manifest;

namespace EntityGraph.DocumentCorpus;

/// <summary>
/// Writes a folder of documents of every format ingest reads, with broken and unsupported files among them, and returns
/// its <see cref="FolderManifest"/>. Everything depends only on the seed and the number of files. Of every 100 files: 16
/// .txt, 10 .md, 12 .html, 15 .eml (with attachments), 12 .pdf, 12 .docx, 8 .json, 5 .jsonl and 10 broken or
/// unsupported ones, in subfolders by kind (file names are unique in the whole folder, as ingest names documents by file name).
/// </summary>
public static class FolderGenerator
{
    /// <summary>The kinds of file in the order they are dealt, and how many of every 100 files each gets.</summary>
    public static IReadOnlyList<(string Kind, int Share)> Shares { get; } =
    [
        ("txt", 16), ("md", 10), ("html", 12), ("eml", 15), ("pdf", 12), ("docx", 12), ("json", 8), ("jsonl", 5), ("broken", 10),
    ];

    /// <summary>Writes <paramref name="files"/> files into <paramref name="folder"/> (created when missing; must hold no files).</summary>
    public static FolderManifest Generate(string folder, int files, int seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(files, Shares.Count);
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"{folder} is not empty; the generated folder must hold only generated files.");
        }

        var writer = new FolderWriter(folder, new TextMaker(new Random(seed)));
        var counts = Deal(files);
        var number = 0;
        foreach (var (kind, count) in counts)
        {
            for (var i = 0; i < count; i++)
            {
                WriteOne(writer, kind, ++number, i);
            }
        }

        return writer.Manifest(seed);
    }

    /// <summary>How many files of each kind <paramref name="files"/> files hold: the shares rounded down, the rest dealt in share order.</summary>
    public static IReadOnlyList<(string Kind, int Count)> Deal(int files)
    {
        var counts = Shares.Select(share => Math.Max(1, files * share.Share / 100)).ToArray();
        for (var i = 0; counts.Sum() < files; i = (i + 1) % counts.Length)
        {
            counts[i]++;
        }

        for (var i = 0; counts.Sum() > files; i = (i + 1) % counts.Length)
        {
            if (counts[i] > 1)
            {
                counts[i]--;
            }
        }

        return Shares.Select((share, i) => (share.Kind, counts[i])).ToList();
    }

    private static void WriteOne(FolderWriter writer, string kind, int number, int index)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{number:D4}");
        switch (kind)
        {
            case "txt":
                Single(writer, $"text/note-{name}.txt", kind, "text", PlainTextContent.Make(writer.Text, index, markdown: false));
                break;
            case "md":
                Single(writer, $"text/minutes-{name}.md", kind, "markdown", PlainTextContent.Make(writer.Text, index, markdown: true));
                break;
            case "html":
                Single(writer, $"web/page-{name}.html", kind, "html", HtmlContent.Make(writer.Text, index));
                break;
            case "pdf":
                Single(writer, $"pdf/report-{name}.pdf", kind, "pdf", PdfContent.Make(writer.Text, index));
                break;
            case "docx":
                Single(writer, $"office/memo-{name}.docx", kind, "docx", DocxContent.Make(writer.Text, index));
                break;
            case "eml":
                EmailFiles.Write(writer, $"mail/mail-{name}.eml", index);
                break;
            case "json":
                JsonFiles.Write(writer, $"data/record-{name}.json", index);
                break;
            case "jsonl":
                JsonlFiles.Write(writer, $"data/lines-{name}.jsonl", index);
                break;
            default:
                BrokenFiles.Write(writer, index);
                break;
        }
    }

    private static void Single(FolderWriter writer, string file, string kind, string format, GeneratedContent content)
    {
        writer.Write(file, kind, content.Bytes);
        writer.Expect(new ExpectedDocument(Path.GetFileName(file), file, format, null, null, content.Text, content.Title, content.Pages));
    }
}
