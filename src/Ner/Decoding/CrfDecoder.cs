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

    // The same scores as probabilities (exp; 0 where a transition is forbidden), start and end scaled by their maximum:
    // forward-backward runs on them with a normalization per word, with no exp or log inside its loops.
    private readonly double[] _expTransitions;
    private readonly double[] _expStart;
    private readonly double[] _expEnd;

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

        _expTransitions = [.. _transitions.Select(Math.Exp)];
        _expStart = Scaled(_start);
        _expEnd = Scaled(_end);
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
        var marginals = ChosenMarginals(emissions, words, labels);
        for (var w = 0; w < words; w++)
        {
            confidence[w] = (float)marginals[w];
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

    /// <summary>
    /// The marginal probability of each word's chosen label, by forward-backward in probability space: emissions are
    /// exponentiated once per word (less the word's highest score) and every step is normalized to sum to one, so the
    /// per-word scale factors cancel in alpha * beta / sum(alpha * beta).
    /// </summary>
    private double[] ChosenMarginals(ReadOnlySpan<float> emissions, int words, int[] labels)
    {
        var count = _labels.Count;
        var emitted = new double[words * count];
        for (var w = 0; w < words; w++)
        {
            var row = emissions.Slice(w * count, count);
            var max = double.NegativeInfinity;
            foreach (var value in row)
            {
                max = Math.Max(max, value);
            }

            for (var l = 0; l < count; l++)
            {
                emitted[(w * count) + l] = Math.Exp(row[l] - max);
            }
        }

        var alpha = new double[words * count];
        var beta = new double[words * count];
        for (var l = 0; l < count; l++)
        {
            alpha[l] = _expStart[l] * emitted[l];
            beta[((words - 1) * count) + l] = _expEnd[l];
        }

        Normalize(alpha.AsSpan(0, count));
        Normalize(beta.AsSpan((words - 1) * count, count));
        for (var w = 1; w < words; w++)
        {
            for (var l = 0; l < count; l++)
            {
                var sum = 0.0;
                for (var p = 0; p < count; p++)
                {
                    sum += alpha[((w - 1) * count) + p] * _expTransitions[(p * count) + l];
                }

                alpha[(w * count) + l] = sum * emitted[(w * count) + l];
            }

            Normalize(alpha.AsSpan(w * count, count));
        }

        for (var w = words - 2; w >= 0; w--)
        {
            for (var l = 0; l < count; l++)
            {
                var sum = 0.0;
                for (var n = 0; n < count; n++)
                {
                    sum += _expTransitions[(l * count) + n] * emitted[((w + 1) * count) + n] * beta[((w + 1) * count) + n];
                }

                beta[(w * count) + l] = sum;
            }

            Normalize(beta.AsSpan(w * count, count));
        }

        var chosen = new double[words];
        for (var w = 0; w < words; w++)
        {
            var total = 0.0;
            for (var l = 0; l < count; l++)
            {
                total += alpha[(w * count) + l] * beta[(w * count) + l];
            }

            var at = (w * count) + labels[w];
            chosen[w] = total > 0 ? alpha[at] * beta[at] / total : 0;
        }

        return chosen;
    }

    private static void Normalize(Span<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        if (sum > 0)
        {
            foreach (ref var value in values)
            {
                value /= sum;
            }
        }
    }

    /// <summary>exp of each score less the highest finite one (forbidden, negative-infinity scores become 0).</summary>
    private static double[] Scaled(double[] scores)
    {
        var max = scores.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return [.. scores.Select(score => Math.Exp(score - max))];
    }
}
