using System.Text.Json.Serialization;
using EntityGraph.Ner.Calibration;

namespace EntityGraph.Silo.Evaluation;

/// <summary>
/// How the confidences of the predicted entities held up (in <c>eval --json</c>): expected calibration error over ten
/// bins, the bins, and for the thresholds the shares of entities accepted, sent to review and rejected and the precision
/// of the accepted ones (null when none was accepted).
/// </summary>
public sealed record ConfidenceReport(
    [property: JsonPropertyName("entities")] int Entities,
    [property: JsonPropertyName("ece")] double ExpectedCalibrationError,
    [property: JsonPropertyName("accept_threshold")] double AcceptThreshold,
    [property: JsonPropertyName("reject_threshold")] double RejectThreshold,
    [property: JsonPropertyName("accepted")] double Accepted,
    [property: JsonPropertyName("review")] double Review,
    [property: JsonPropertyName("rejected")] double Rejected,
    [property: JsonPropertyName("accepted_precision")] double? AcceptedPrecision,
    [property: JsonPropertyName("reliability")] IReadOnlyList<ConfidenceBin> Reliability)
{
    /// <summary>The report of <paramref name="table"/>; the thresholds shown are those of entities of no configured type.</summary>
    public static ConfidenceReport From(ReliabilityTable table, Func<string, ConfidenceThresholds> thresholds)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(thresholds);
        var general = thresholds(string.Empty);
        return new ConfidenceReport(
            table.Predictions,
            Round(table.ExpectedCalibrationError),
            general.Accept,
            general.Reject,
            Round(table.AcceptedShare),
            Round(table.ReviewShare),
            Round(table.RejectedShare),
            table.AcceptedPrecision is { } precision ? Round(precision) : null,
            table.Bins.Select(b => new ConfidenceBin(b.From, b.To, b.Count, b.MeanConfidence is { } m ? Round(m) : null, b.Accuracy is { } a ? Round(a) : null)).ToList());
    }

    private static double Round(double value) => Math.Round(value, 4);
}
