using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EntityGraph.Documents.Tests.Fixtures;

/// <summary>Builds Word documents with DocumentFormat.OpenXml.</summary>
internal static class DocxFixtures
{
    /// <summary>
    /// A document with a header ("Confidential header"), a heading, a paragraph with a tab and a break, an empty
    /// paragraph, a 2x3 table and a closing paragraph; <paramref name="title"/> goes into the core properties.
    /// </summary>
    public static byte[] Report(string? title = "Project Falcon Summary")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("Confidential header"));
            var headerId = main.GetIdOfPart(header);

            main.Document = new Document(new Body(
                Paragraph("Status of Project Falcon"),
                new Paragraph(new Run(
                    new DocumentFormat.OpenXml.Wordprocessing.Text("Owner:"),
                    new TabChar(),
                    new DocumentFormat.OpenXml.Wordprocessing.Text("Jane Doe"),
                    new Break(),
                    new DocumentFormat.OpenXml.Wordprocessing.Text("Berlin office"))),
                new Paragraph(),
                Table(["Name", "City", "Role"], ["Anna Schmidt", "Hamburg", "Lead"]),
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Closing ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("remarks."))),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId })));
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }

            document.PackageProperties.Creator = "Jane Doe";
        }

        return stream.ToArray();
    }

    /// <summary>A document whose paragraphs are the given lines.</summary>
    public static byte[] Paragraphs(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(Paragraph)));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    private static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(Paragraph(cell))))));
}
