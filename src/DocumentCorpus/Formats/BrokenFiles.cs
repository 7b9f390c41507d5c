using System.Globalization;
using System.IO.Compression;
using System.Text;
using EntityGraph.Documents;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// Files ingest cannot read, each with the code it must report, and files of types ingest does not read (skipped). The
/// file number picks one of <see cref="Kinds"/>.
/// </summary>
public static class BrokenFiles
{
    /// <summary>How many kinds of broken or unsupported files there are.</summary>
    public const int Kinds = 16;

    /// <summary>Writes broken file number <paramref name="number"/> into <paramref name="folder"/> (under <c>broken/</c>) and records its failure or skip.</summary>
    public static void Write(FolderWriter folder, int number)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var text = folder.Text;
        var stem = string.Create(CultureInfo.InvariantCulture, $"broken/bad-{number:D4}");
        switch (number % Kinds)
        {
            case 0:
                var pdf = PdfContent.Make(text, number).Bytes;
                Fail(folder, stem + ".pdf", pdf[..(pdf.Length / 3)], DocumentErrorCodes.FileUnreadable, "a PDF cut off after its first third");
                break;
            case 1:
                Fail(folder, stem + ".docx", Zip("readme.txt", "This archive is not a Word document."), DocumentErrorCodes.FileUnreadable, "a zip archive that is not a Word document");
                break;
            case 2:
                Fail(folder, stem + ".json", Encoding.UTF8.GetBytes("{\"title\": \"Cut\", \"text\": \"ACME hired"), DocumentErrorCodes.FileUnreadable, "JSON cut off inside a string");
                break;
            case 3:
                Fail(folder, stem + ".txt", text.Garbage(600), DocumentErrorCodes.BinaryFile, "binary bytes named .txt");
                break;
            case 4:
                Fail(folder, stem + ".txt", [], DocumentErrorCodes.EmptyText, "an empty file");
                break;
            case 5:
                Fail(folder, stem + ".md", Encoding.UTF8.GetBytes(" \n\t\n   \n"), DocumentErrorCodes.EmptyText, "a markdown file of whitespace");
                break;
            case 6:
                Fail(folder, stem + ".txt", [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("ACME hired "), 0xC3, 0x28, 0xA0, 0xA1], DocumentErrorCodes.InvalidUtf8, "a UTF-8 byte-order mark followed by bytes that are not UTF-8");
                break;
            case 7:
                Fail(folder, stem + ".json", "42"u8.ToArray(), DocumentErrorCodes.FileUnreadable, "JSON that is a number, not a document");
                break;
            case 8:
                Fail(folder, stem + ".eml", text.Garbage(400), DocumentErrorCodes.FileUnreadable, "binary bytes named .eml");
                break;
            case 9:
                Fail(folder, stem + ".pdf", PdfContent.Build([[], []], "Scanned pages"), DocumentErrorCodes.EmptyText, "a PDF whose pages hold no text (a scan)");
                break;
            case 10:
                Fail(folder, stem + ".json", "[{\"title\": \"no text\"}, {\"text\": 17}]"u8.ToArray(), DocumentErrorCodes.FileUnreadable, "a JSON array none of whose items has text");
                break;
            case 11:
                Fail(folder, stem + ".json", Encoding.Latin1.GetBytes("{\"text\": \"Café in Zürich\"}"), DocumentErrorCodes.InvalidUtf8, "JSON in ISO-8859-1");
                break;
            case 12:
                Fail(folder, stem + ".docx", [], DocumentErrorCodes.EmptyText, "an empty .docx");
                break;
            case 13:
                Fail(folder, stem + ".html", text.Garbage(500), DocumentErrorCodes.BinaryFile, "binary bytes named .html");
                break;
            case 14:
                folder.Write(stem + ".png", "unsupported", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
                folder.ExpectSkipped(stem + ".png");
                break;
            default:
                folder.Write(stem + ".csv", "unsupported", "name,city\nAnna,Oslo\n"u8.ToArray());
                folder.ExpectSkipped(stem + ".csv");
                break;
        }
    }

    private static void Fail(FolderWriter folder, string file, byte[] bytes, string code, string why)
    {
        folder.Write(file, "broken", bytes);
        folder.ExpectFailure(file, code, why);
    }

    private static byte[] Zip(string entryName, string content)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(entryName).Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }

        return stream.ToArray();
    }
}
