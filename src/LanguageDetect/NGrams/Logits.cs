namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>Turning language scores into probabilities.</summary>
public static class Logits
{
    /// <summary>Turns logits into probabilities in place (numerically stable softmax) and returns them.</summary>
    public static double[] ToProbabilities(double[] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var max = logits.Max();
        var total = 0.0;
        for (var l = 0; l < logits.Length; l++)
        {
            logits[l] = Math.Exp(logits[l] - max);
            total += logits[l];
        }

        for (var l = 0; l < logits.Length; l++)
        {
            logits[l] /= total;
        }

        return logits;
    }
}
