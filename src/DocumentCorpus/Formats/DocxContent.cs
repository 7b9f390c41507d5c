using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .docx files written with DocumentFormat.OpenXml: a title in the core properties, paragraphs (an empty one among
/// them, a paragraph of several runs) and, on even numbers, a table of two rows.
/// </summary>
public static class DocxContent
{
    /// <summary>A Word document whose text is one line per non-empty paragraph and one per table row, cells separated by tabs.</summary>
    public static GeneratedContent Make(TextMaker text, int number)
    {
        var title = text.Heading("Memo", number);
        var lines = text.Lines(2, 4, TextRange.Unicode);
        var rows = number % 2 == 0
            ? new[] { new[] { "Name", "City", "Company" }, new[] { "Anna Berg", "Oslo", text.Organisation() } }
            : [];
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(lines[0]));
            body.Append(new Paragraph());
            foreach (var line in lines.Skip(1))
            {
                var words = line.Split(' ');
                var half = words.Length / 2;
                body.Append(new Paragraph(
                    new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(string.Join(' ', words.Take(half)) + " ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text(string.Join(' ', words.Skip(half))))));
            }

            if (rows.Length > 0)
            {
                body.Append(new Table(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(Paragraph(cell)))))));
            }

            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "EntityGraph corpus";
        }

        var expected = string.Join("\n", lines.Concat(rows.Select(cells => string.Join('\t', cells))));
        return new GeneratedContent(stream.ToArray(), expected, title);
    }

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
}
