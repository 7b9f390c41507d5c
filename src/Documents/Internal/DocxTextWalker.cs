using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EntityGraph.Documents.Internal;

/// <summary>
/// Collects the text of a Word body: one line per non-empty paragraph, one line per table row with cells separated by
/// tabs. Content controls are entered; alternate-content fallbacks are skipped so text boxes are not read twice.
/// </summary>
internal static class DocxTextWalker
{
    /// <summary>The lines of <paramref name="body"/>, in document order.</summary>
    public static List<string> Lines(Body body, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        AddBlocks(body, lines, cancellationToken);
        return lines;
    }

    private static void AddBlocks(OpenXmlElement container, List<string> lines, CancellationToken cancellationToken)
    {
        foreach (var child in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case Paragraph paragraph:
                    AddLine(lines, ParagraphText(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        AddLine(lines, RowText(row));
                    }

                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls, custom XML blocks and the like: read their block children.
                    AddBlocks(child, lines, cancellationToken);
                    break;
            }
        }
    }

    private static void AddLine(List<string> lines, string line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line);
        }
    }

    private static string RowText(TableRow row)
    {
        var cells = row.Descendants<TableCell>()
            .Where(cell => cell.Ancestors<TableRow>().FirstOrDefault() == row)
            .Select(CellText);
        return string.Join('\t', cells).TrimEnd('\t');
    }

    private static string CellText(TableCell cell)
    {
        var parts = cell.Descendants<Paragraph>()
            .Select(ParagraphText)
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => text.Replace('\n', ' ').Replace('\t', ' ').Trim());
        return string.Join(' ', parts);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        AppendRunText(paragraph, builder);
        return builder.ToString().Trim();
    }

    private static void AppendRunText(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case AlternateContentFallback:
                    break;
                case Paragraph nested:
                    // A paragraph inside a text box: keep it on a line of its own.
                    builder.Append('\n');
                    AppendRunText(nested, builder);
                    builder.Append('\n');
                    break;
                default:
                    AppendRunText(child, builder);
                    break;
            }
        }
    }
}
