using System.Globalization;
using System.Text;
using EntityGraph.Ner.Calibration;

namespace EntityGraph.Training.Export;

/// <summary>
/// The "Calibration" section of a model card: how the confidence is computed, what it was fitted on, and per dev set the
/// reliability table, expected calibration error, and what the default thresholds (0.95 / 0.80) do, before and after.
/// Written again in place when the model is calibrated again.
/// </summary>
public static class CalibrationCard
{
    private const string Heading = "## Calibration";

    public static void Write(string cardPath, CalibrationReport report, string command)
    {
        var existing = File.Exists(cardPath) ? File.ReadAllText(cardPath) : string.Empty;
        var start = existing.IndexOf(Heading, StringComparison.Ordinal);
        var kept = start < 0 ? existing.TrimEnd() : existing[..start].TrimEnd();
        if (start >= 0)
        {
            var next = existing.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            if (next >= 0)
            {
                kept += "\n\n" + existing[(next + 1)..].TrimEnd();
            }
        }

        File.WriteAllText(cardPath, (kept.Length > 0 ? kept + "\n\n" : string.Empty) + Section(report, command));
    }

    public static string Section(CalibrationReport report, string command)
    {
        var c = CultureInfo.InvariantCulture;
        var thresholds = ConfidenceThresholds.Default;
        var text = new StringBuilder();
        text.AppendLine(Heading);
        text.AppendLine();
        text.AppendLine("An entity's raw score is the mean, over its words, of the marginal probability of the word's decoded label (CRF");
        text.AppendLine("forward-backward for BiLSTM-CRF models, the label's softmax probability for transformers). `calibration.json` maps it");
        text.AppendLine("to the probability that the entity's span and type are both right: isotonic regression fitted on the dev sets below,");
        text.AppendLine(c, $"per language, and per entity type where a type had at least {CalibrationFitter.MinTypeSupport} predictions; a language with fewer than");
        text.AppendLine(c, $"{CalibrationFitter.MinCurveSupport} predictions gets one probability for all its entities, their precision. The runtime applies it to every");
        text.AppendLine(c, $"entity this model finds. The calibrated figures are on the dev sets the curves were fitted on; the 2-fold columns fit on");
        text.AppendLine(c, $"half of each dev set's sentences and measure on the other half (both ways), so they show sentences the curves never saw.");
        text.AppendLine(c, $"ECE: expected calibration error over ten bins. Reproduce: `{command}`.");
        text.AppendLine();
        text.AppendLine(c, $"| dev set | entities | ECE raw | ECE calibrated | ECE 2-fold | accepted (>= {thresholds.Accept:F2}) | review | rejected (< {thresholds.Reject:F2}) | precision of accepted | precision of accepted, 2-fold |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var file in report.Files)
        {
            var after = file.Calibrated;
            text.AppendLine(c, $"| {file.DevSet} | {after.Predictions} | {file.Raw.ExpectedCalibrationError:F3} | {after.ExpectedCalibrationError:F3} | {file.CrossFitted.ExpectedCalibrationError:F3} | {after.AcceptedShare:P1} | {after.ReviewShare:P1} | {after.RejectedShare:P1} | {Precision(after)} | {Precision(file.CrossFitted)} |");
        }

        foreach (var file in report.Files)
        {
            text.AppendLine();
            text.AppendLine(c, $"Reliability on {file.DevSet} (calibrated):");
            text.AppendLine();
            text.AppendLine("| confidence | entities | mean confidence | share right |");
            text.AppendLine("|---|---:|---:|---:|");
            foreach (var bin in file.Calibrated.Bins)
            {
                text.AppendLine(c, $"| {bin.From:F1}-{bin.To:F1} | {bin.Count} | {Number(bin.MeanConfidence)} | {Number(bin.Accuracy)} |");
            }
        }

        return text.ToString();
    }

    private static string Precision(ReliabilityTable table) =>
        table.AcceptedPrecision is { } precision ? precision.ToString("F3", CultureInfo.InvariantCulture) : "none accepted";

    private static string Number(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";
}
