using System.Globalization;
using System.Text;

namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>Formats a <see cref="PiiScoreReport"/> as Markdown tables.</summary>
public static class MarkdownReport
{
    /// <summary>
    /// The per-type table (type | gold | precision | recall | F2 | decoys flagged), the decoy details, PERSON recall per
    /// language and the unscored predicted types.
    /// </summary>
    public static string Format(PiiScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Scored {report.Documents} documents.\n\n");
        text.Append("| type | gold | precision | recall | F2 | decoys flagged |\n");
        text.Append("|---|---:|---:|---:|---:|---:|\n");
        foreach (var score in report.Types.Append(report.Overall))
        {
            var name = score.Type == PiiScorer.OverallType ? "**all**" : score.Type;
            var decoys = score.Decoys == 0 ? "–" : $"{score.DecoysFlagged}/{score.Decoys}";
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {score.Gold} | {score.Precision:F3} | {score.Recall:F3} | {score.F2:F3} | {decoys} |\n");
        }

        var withDecoys = report.Types.Where(t => t.Decoys > 0).ToList();
        if (withDecoys.Count > 0)
        {
            text.Append("\n| decoy type | decoys | flagged as the type | overlapped by any item |\n");
            text.Append("|---|---:|---:|---:|\n");
            foreach (var score in withDecoys)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {score.Type} | {score.Decoys} | {score.DecoysFlagged} | {score.DecoysOverlapped} |\n");
            }
        }

        if (report.PersonRecallByLanguage.Count > 0)
        {
            text.Append("\nPERSON recall per language\n\n| language | gold | found | recall |\n|---|---:|---:|---:|\n");
            foreach (var row in report.PersonRecallByLanguage)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {row.Language} | {row.Gold} | {row.Found} | {row.Recall:F3} |\n");
            }
        }

        text.Append('\n');
        text.Append(report.UnscoredTypes.Count == 0
            ? "Unscored predicted types: none\n"
            : "Unscored predicted types: " + string.Join(", ", report.UnscoredTypes.Select(u => $"{u.Type} ({u.Predicted.ToString(CultureInfo.InvariantCulture)})")) + "\n");
        return text.ToString();
    }
}
