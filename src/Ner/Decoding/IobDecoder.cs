namespace EntityGraph.Ner.Decoding;

/// <summary>
/// Viterbi decoding of per-word label probabilities under IOB2 constraints (no I-X without B-X/I-X before it),
/// returning the labels and the probability of each chosen label.
/// </summary>
public static class IobDecoder
{
    /// <param name="probabilities">Row-major [words, labels] probabilities.</param>
    public static (int[] Labels, float[] Confidence) Decode(ReadOnlySpan<float> probabilities, int words, LabelSet labels)
    {
        var count = labels.Count;
        var result = new int[words];
        var confidence = new float[words];
        if (words == 0)
        {
            return (result, confidence);
        }

        var score = new double[count];
        var next = new double[count];
        var back = new int[words * count];
        for (var l = 0; l < count; l++)
        {
            score[l] = labels.Allowed(-1, l) ? Math.Log(Math.Max(probabilities[l], 1e-12f)) : double.NegativeInfinity;
        }

        for (var w = 1; w < words; w++)
        {
            for (var l = 0; l < count; l++)
            {
                var best = double.NegativeInfinity;
                var arg = labels.OutsideIndex;
                for (var p = 0; p < count; p++)
                {
                    if (score[p] > best && labels.Allowed(p, l))
                    {
                        best = score[p];
                        arg = p;
                    }
                }

                next[l] = best + Math.Log(Math.Max(probabilities[(w * count) + l], 1e-12f));
                back[(w * count) + l] = arg;
            }

            (score, next) = (next, score);
        }

        var last = 0;
        for (var l = 1; l < count; l++)
        {
            if (score[l] > score[last])
            {
                last = l;
            }
        }

        for (var w = words - 1; w >= 0; w--)
        {
            result[w] = last;
            confidence[w] = probabilities[(w * count) + last];
            last = back[(w * count) + last];
        }

        return (result, confidence);
    }
}
