using System.Globalization;
using System.Text;

namespace EntityGraph.Training.Export;

/// <summary>Appends to a model card what packing its word embeddings to 4 bits changed, from measured numbers.</summary>
public static class PackedModelCard
{
    public static void Append(string path, PackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("## Shipped graph: word embeddings packed to 4 bits");
        text.AppendLine();
        text.AppendLine(c, $"`entitygraph-train pack` wrote the graph above again with its word embedding table as symmetric 4-bit values in groups of {report.GroupSize} columns, one float16 scale per group; rows are gathered first and unpacked after, so the table stays packed in memory too. Every other weight is stored as before. This section supersedes the file size above.");
        text.AppendLine();
        if (report.DroppedPieces > 0)
        {
            text.AppendLine(c, $"The {report.DroppedPieces:N0} word pieces the vocabulary was extended with for other scripts were dropped with their rows (this model serves a Latin-script language): words in those scripts become [UNK], as with the base vocabulary.");
            text.AppendLine();
        }

        text.AppendLine(c, $"- File: {report.BytesBefore / 1e6:F2} MB -> {report.BytesAfter / 1e6:F2} MB");
        if (report.Before is not null && report.After is not null)
        {
            text.AppendLine(c, $"- Dev F1 (`{string.Join("`, `", report.DevData.Select(Path.GetFileName))}`): {report.Before.F1:F2} before, {report.After.F1:F2} packed");
            text.AppendLine(c, $"- Throughput of the packed graph: {report.WordsPerSecond:F0} words/s (the dev sets above, batches of 32, ONNX Runtime CPU, {Environment.ProcessorCount} cores, decoding included)");
            text.AppendLine();
            ScoreTable.Append(text, "packed (shipped graph)", report.After);
        }

        File.AppendAllText(path, text.ToString());
    }
}
