using System.Globalization;
using System.Text;
using EntityGraph.Training.Export;

namespace EntityGraph.Training.Fast;

/// <summary>Writes the card (README.md) of a BiLSTM-CRF model from measured export numbers.</summary>
public static class FastModelCard
{
    public static void Write(string path, ExportReport report, FastTrainingState state, int words, int characters)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(state);
        var c = CultureInfo.InvariantCulture;
        var s = state.Shape;
        var text = new StringBuilder();
        text.AppendLine(c, $"# {report.ModelId}");
        text.AppendLine();
        text.AppendLine(c, $"FAST-tier NER model for `{report.Language}`: a BiLSTM-CRF trained from scratch in C# with TorchSharp (no pretrained weights) and exported to ONNX with the `LSTM` operator. The runtime decodes its emissions with IOB2-constrained Viterbi over the CRF scores in `config.json`; confidences are CRF marginals.");
        text.AppendLine();
        text.AppendLine(c, $"- Labels: {string.Join(", ", state.Labels)}");
        text.AppendLine(c, $"- Words: the platform pre-tokenizer's words (punctuation split off), lower-cased with digits mapped to 0; vocabulary of {words:N0} training-text words plus padding and unknown ({s.WordDim} dims)");
        text.AppendLine(c, $"- Characters: {characters:N0} symbols ({s.CharDim} dims), CNN with {s.CharFilters} filters of width {s.CharKernel}, ReLU, max over the word (words clipped to their first and last {state.MaxWordCharacters / 2} characters){(state.ContextCharacters > 0 ? $"; a word that is one ideograph or kana also sees the nearest character of {state.ContextCharacters} word(s) on each side" : "")}");
        text.AppendLine(c, $"- Casing: 5 classes ({s.CasingDim} dims); BiLSTM: {s.Layers} layer(s), {s.Hidden} units per direction; dropout {s.Dropout}");
        text.AppendLine(c, $"- File: `model.onnx`, {report.FileBytes / 1e6:F2} MB, {(report.Quantized ? "int8 matrices (per-row symmetric, dequantized when the session loads)" : "float32")}");
        text.AppendLine(c, $"- Training: {report.TrainingEpochs} epochs, best dev epoch {report.BestEpoch}; dev F1 per epoch: {string.Join(", ", state.DevF1History.Select(f => f.ToString("F2", c)))}");
        text.AppendLine();
        DatasetLicences.AppendSection(text, report.TrainData, report.DevData, f => Path.GetFileName(f), "model selection and the figures below, never trained on", SilverNote);

        text.AppendLine();
        ScoreTable.AppendSectionStart(text);
        ScoreTable.Append(text, "float32", report.Float32);
        ScoreTable.Append(text, "int8 (shipped: " + (report.Quantized ? "yes" : "no") + ")", report.Int8);
        text.AppendLine("## Parity and speed");
        text.AppendLine();
        text.AppendLine(c, $"- ONNX float32 vs TorchSharp emissions: max absolute difference {report.ParityMaxAbsDiff:E2} over {report.ParityWindows} dev sequences.");
        text.AppendLine(c, $"- Throughput at export: {report.WordsPerSecond:F0} words/s (int8, dev set, batches of 32 sentences, ONNX Runtime CPU, 2 cores, CRF decoding included).");
        text.AppendLine();
        var script = report.ModelId == "en-conll-bilstm" ? "scripts/train-en-fast.sh" : $"EPOCHS={report.TrainingEpochs} LANGS={report.Language} scripts/train-fast-all.sh";
        text.AppendLine(c, $"Reproduce: `{script}` in the repository root; `models/README.md` has the platform figures.");
        File.WriteAllText(path, text.ToString());
    }

    private static string SilverNote(string file) =>
        Path.GetFileName(file).Contains(".silver", StringComparison.OrdinalIgnoreCase)
            ? " (silver: this training split's text only, its own tags replaced by the shipped transformer's predictions, made with `entitygraph-train label`)"
            : string.Empty;
}
