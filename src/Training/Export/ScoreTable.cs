using System.Globalization;
using System.Text;

namespace EntityGraph.Training.Export;

/// <summary>The per-type score table of a model card.</summary>
public static class ScoreTable
{
    /// <summary>The heading of a card's dev-score section and how its figures were measured.</summary>
    public static void AppendSectionStart(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.AppendLine("## Dev scores (strict entity level, conlleval semantics)");
        text.AppendLine();
        text.AppendLine("Measured at export through ONNX Runtime on the shared text-to-spans path (sentence text in, character spans out, mapped back onto the corpus tokens).");
        text.AppendLine();
    }

    public static void Append(StringBuilder text, string title, DevScores? scores)
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
