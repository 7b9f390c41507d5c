using EntityGraph.Ner.Models;

namespace EntityGraph.Ner.Decoding;

/// <summary>
/// Linear-chain CRF decoding over per-word emission scores with learned transition, start and end scores, under IOB2
/// constraints (no I-X after anything but B-X/I-X, none at the start). Returns the Viterbi labels and, as confidence,
/// each chosen label's marginal probability (forward-backward).
/// </summary>
public sealed class CrfDecoder
{
    private readonly LabelSet _labels;
    private readonly double[] _transitions;
    private readonly double[] _start;
    private readonly double[] _end;

    public CrfDecoder(LabelSet labels, CrfConfig crf)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(crf);
        var count = labels.Count;
        if (crf.Transitions.Count != count || crf.Transitions.Any(row => row.Length != count) || crf.Start.Length != count || crf.End.Length != count)
        {
            throw new InvalidDataException($"CRF scores must be {count}x{count} transitions plus {count} start and {count} end scores for {count} labels.");
        }

        _labels = labels;
        _transitions = new double[count * count];
        _start = new double[count];
        _end = new double[count];
        for (var to = 0; to < count; to++)
        {
            _start[to] = labels.Allowed(-1, to) ? crf.Start[to] : double.NegativeInfinity;
            _end[to] = crf.End[to];
            for (var from = 0; from < count; from++)
            {
                _transitions[(from * count) + to] = labels.Allowed(from, to) ? crf.Transitions[from][to] : double.NegativeInfinity;
            }
        }
    }

    public LabelSet Labels => _labels;

    /// <param name="emissions">Row-major [words, labels] emission scores.</param>
    public (int[] Labels, float[] Confidence) Decode(ReadOnlySpan<float> emissions, int words)
    {
        var count = _labels.Count;
        if (emissions.Length < words * count)
        {
            throw new ArgumentException($"Expected {words * count} emission scores, got {emissions.Length}.", nameof(emissions));
        }

        var result = new int[words];
        var confidence = new float[words];
        if (words == 0)
        {
            return (result, confidence);
        }

        var labels = Viterbi(emissions, words, result);
        var marginals = Marginals(emissions, words);
        for (var w = 0; w < words; w++)
        {
            confidence[w] = (float)marginals[(w * count) + labels[w]];
        }

        return (labels, confidence);
    }

    private int[] Viterbi(ReadOnlySpan<float> emissions, int words, int[] result)
    {
        var count = _labels.Count;
        var score = new double[count];
        var next = new double[count];
        var back = new int[words * count];
        for (var l = 0; l < count; l++)
        {
            score[l] = _start[l] + emissions[l];
        }

        for (var w = 1; w < words; w++)
        {
            for (var l = 0; l < count; l++)
            {
                var best = double.NegativeInfinity;
                var arg = _labels.OutsideIndex;
                for (var p = 0; p < count; p++)
                {
                    var candidate = score[p] + _transitions[(p * count) + l];
                    if (candidate > best)
                    {
                        best = candidate;
                        arg = p;
                    }
                }

                next[l] = best + emissions[(w * count) + l];
                back[(w * count) + l] = arg;
            }

            (score, next) = (next, score);
        }

        var last = _labels.OutsideIndex;
        for (var l = 0; l < count; l++)
        {
            if (score[l] + _end[l] > score[last] + _end[last])
            {
                last = l;
            }
        }

        for (var w = words - 1; w >= 0; w--)
        {
            result[w] = last;
            last = back[(w * count) + last];
        }

        return result;
    }

    private double[] Marginals(ReadOnlySpan<float> emissions, int words)
    {
        var count = _labels.Count;
        var alpha = new double[words * count];
        var beta = new double[words * count];
        var terms = new double[count];
        for (var l = 0; l < count; l++)
        {
            alpha[l] = _start[l] + emissions[l];
            beta[((words - 1) * count) + l] = _end[l];
        }

        for (var w = 1; w < words; w++)
        {
            for (var l = 0; l < count; l++)
            {
                for (var p = 0; p < count; p++)
                {
                    terms[p] = alpha[((w - 1) * count) + p] + _transitions[(p * count) + l];
                }

                alpha[(w * count) + l] = LogSumExp(terms) + emissions[(w * count) + l];
            }
        }

        for (var w = words - 2; w >= 0; w--)
        {
            for (var l = 0; l < count; l++)
            {
                for (var n = 0; n < count; n++)
                {
                    terms[n] = _transitions[(l * count) + n] + emissions[((w + 1) * count) + n] + beta[((w + 1) * count) + n];
                }

                beta[(w * count) + l] = LogSumExp(terms);
            }
        }

        for (var l = 0; l < count; l++)
        {
            terms[l] = alpha[((words - 1) * count) + l] + _end[l];
        }

        var partition = LogSumExp(terms);
        var marginals = new double[words * count];
        for (var i = 0; i < marginals.Length; i++)
        {
            marginals[i] = Math.Exp(alpha[i] + beta[i] - partition);
        }

        return marginals;
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
