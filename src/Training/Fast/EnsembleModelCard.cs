using System.Globalization;
using System.Text;
using EntityGraph.Training.Export;

namespace EntityGraph.Training.Fast;

/// <summary>Writes the card (README.md) of a BiLSTM-CRF ensemble from measured export numbers.</summary>
public static class EnsembleModelCard
{
    public static void Write(string path, ExportReport report, IReadOnlyList<string> members, IReadOnlyList<double> memberDevF1, string? sharedMember = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(members);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# {report.ModelId}");
        text.AppendLine();
        var scoring = sharedMember is null
            ? "One ONNX graph runs every member on the same word and character inputs and outputs the mean of their emissions"
            : $"`model.onnx` is the second member's graph; the first member's graph and its word and character vocabularies are used where they are shipped, `{sharedMember}` (`members` in `config.json`), not copied. The runtime runs both graphs on the same inputs and averages their emissions";
        text.AppendLine(c, $"NER model for `{report.Language}`: an ensemble of {members.Count} BiLSTM-CRF taggers trained from scratch in C# with TorchSharp on the same data with different seeds (no pretrained weights). {scoring}; the CRF scores in `config.json` are the mean of theirs. The runtime decodes it like any bilstm-crf model (IOB2-constrained Viterbi, CRF marginals as confidences).");
        text.AppendLine();
        text.AppendLine(c, $"- File: `model.onnx`, {report.FileBytes / 1e6:F2} MB, {(report.Quantized ? "int8 matrices (per-row symmetric, dequantized when the session loads)" : "float32")}; members' word embeddings stored as their own cards say (4-bit groups where packed)");
        text.AppendLine("- Members, dev F1 of each alone (`scripts/train-ensemble.sh` puts the shipped single model first, whose card has the shape and training; it trains the others the same way with other seeds, and they are not shipped on their own):");
        for (var m = 0; m < members.Count; m++)
        {
            var f1 = m < memberDevF1.Count ? memberDevF1[m].ToString("F2", c) : "not measured";
            text.AppendLine(c, $"  - `{members[m]}`: dev F1 {f1}");
        }

        text.AppendLine();
        DatasetLicences.AppendSection(text, report.TrainData, report.DevData, f => Path.GetFileName(f), "member epochs were chosen on it; the figures below");

        text.AppendLine();
        ScoreTable.AppendSectionStart(text);
        ScoreTable.Append(text, "ensemble (shipped graph)", report.Int8);
        text.AppendLine("## Speed");
        text.AppendLine();
        text.AppendLine(c, $"- Throughput: {report.WordsPerSecond:F0} words/s (dev set, batches of 32 sequences, ONNX Runtime CPU, 2 cores).");
        text.AppendLine();
        text.AppendLine("Reproduce: see `scripts/` in the repository root and `models/README.md`.");
        File.WriteAllText(path, text.ToString());
    }
}
