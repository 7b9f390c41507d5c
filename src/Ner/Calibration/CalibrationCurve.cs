using System.Text.Json.Serialization;

namespace EntityGraph.Ner.Calibration;

/// <summary>
/// A monotone map from a model's raw entity score to the probability that the entity is right: knots
/// (<see cref="Scores"/>[i], <see cref="Probabilities"/>[i]) with scores ascending and probabilities non-decreasing,
/// linear between knots and flat beyond the first and last. <see cref="Support"/> is how many predictions it was fitted on.
/// </summary>
public sealed record CalibrationCurve(
    [property: JsonPropertyName("scores")] IReadOnlyList<double> Scores,
    [property: JsonPropertyName("probabilities")] IReadOnlyList<double> Probabilities,
    [property: JsonPropertyName("support")] int Support)
{
    /// <summary>The calibrated probability of a raw score.</summary>
    public double Apply(double score)
    {
        if (Scores.Count == 0)
        {
            return score;
        }

        if (score <= Scores[0])
        {
            return Probabilities[0];
        }

        var last = Scores.Count - 1;
        if (score >= Scores[last])
        {
            return Probabilities[last];
        }

        var high = 1;
        while (Scores[high] < score)
        {
            high++;
        }

        var low = high - 1;
        var width = Scores[high] - Scores[low];
        var share = width > 0 ? (score - Scores[low]) / width : 1;
        return Probabilities[low] + (share * (Probabilities[high] - Probabilities[low]));
    }

    /// <summary>Throws when the knots are not a monotone map into [0,1].</summary>
    public void Validate(string where)
    {
        if (Scores.Count != Probabilities.Count || Scores.Count == 0)
        {
            throw new InvalidDataException($"{where}: a calibration curve needs as many probabilities as scores, and at least one.");
        }

        for (var i = 0; i < Scores.Count; i++)
        {
            if (Probabilities[i] is < 0 or > 1 || double.IsNaN(Scores[i]) || (i > 0 && (Scores[i] < Scores[i - 1] || Probabilities[i] < Probabilities[i - 1])))
            {
                throw new InvalidDataException($"{where}: calibration knots must ascend in score and never descend in probability, within [0,1].");
            }
        }
    }
}
