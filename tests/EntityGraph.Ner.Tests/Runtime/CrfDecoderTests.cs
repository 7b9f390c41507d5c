using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Models;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class CrfDecoderTests
{
    private static readonly LabelSet Labels = new(["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]);

    [Fact]
    public void Transition_scores_can_overrule_the_best_emission_of_a_word()
    {
        float[] emissions =
        [
            0, 5, 0, 0, 0,
            2, 0, 1.5f, 0, 0,
        ];
        var plain = new CrfDecoder(Labels, Crf());
        Assert.Equal([1, 0], plain.Decode(emissions, 2).Labels);

        var continuing = Crf();
        continuing.Transitions[1][2] = 1f;
        Assert.Equal([1, 2], new CrfDecoder(Labels, continuing).Decode(emissions, 2).Labels);
    }

    [Fact]
    public void Iob2_constraints_forbid_inside_labels_after_other_types_and_at_the_start()
    {
        float[] emissions =
        [
            0, 0, 9, 0, 0,
            0, 0, 0, 0, 9,
            0, 1, 0, 0, 0,
        ];
        var crf = Crf();
        crf.Transitions[2][4] = 5f;
        var (labels, _) = new CrfDecoder(Labels, crf).Decode(emissions, 3);
        for (var w = 0; w < labels.Length; w++)
        {
            Assert.True(Labels.Allowed(w == 0 ? -1 : labels[w - 1], labels[w]), $"label {Labels.Labels[labels[w]]} at {w} breaks IOB2");
        }
    }

    [Fact]
    public void Viterbi_path_and_marginals_match_brute_force_enumeration()
    {
        var random = new Random(5);
        const int words = 4;
        var emissions = Enumerable.Range(0, words * Labels.Count).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
        var crf = new CrfConfig
        {
            Transitions = Enumerable.Range(0, Labels.Count).Select(_ => Enumerable.Range(0, Labels.Count).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray(),
            Start = Enumerable.Range(0, Labels.Count).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray(),
            End = Enumerable.Range(0, Labels.Count).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray(),
        };
        var (labels, confidence) = new CrfDecoder(Labels, crf).Decode(emissions, words);

        var best = double.NegativeInfinity;
        int[] bestPath = [];
        var total = 0.0;
        var marginal = new double[words * Labels.Count];
        foreach (var path in Paths(words))
        {
            var score = crf.Start[path[0]] + crf.End[path[^1]];
            var valid = Labels.Allowed(-1, path[0]);
            for (var w = 0; w < words; w++)
            {
                score += emissions[(w * Labels.Count) + path[w]];
                if (w > 0)
                {
                    score += crf.Transitions[path[w - 1]][path[w]];
                    valid &= Labels.Allowed(path[w - 1], path[w]);
                }
            }

            if (!valid)
            {
                continue;
            }

            var weight = Math.Exp(score);
            total += weight;
            for (var w = 0; w < words; w++)
            {
                marginal[(w * Labels.Count) + path[w]] += weight;
            }

            if (score > best)
            {
                best = score;
                bestPath = path;
            }
        }

        Assert.Equal(bestPath, labels);
        for (var w = 0; w < words; w++)
        {
            Assert.Equal(marginal[(w * Labels.Count) + labels[w]] / total, confidence[w], 4);
        }
    }

    [Fact]
    public void Rejects_crf_scores_of_the_wrong_size_and_short_emissions()
    {
        var wrong = new CrfConfig { Transitions = [new float[5]], Start = new float[5], End = new float[5] };
        Assert.Throws<InvalidDataException>(() => new CrfDecoder(Labels, wrong));
        Assert.Throws<ArgumentException>(() => new CrfDecoder(Labels, Crf()).Decode(new float[7], 2));
        Assert.Empty(new CrfDecoder(Labels, Crf()).Decode([], 0).Labels);
    }

    private static CrfConfig Crf() => new()
    {
        Transitions = Enumerable.Range(0, Labels.Count).Select(_ => new float[Labels.Count]).ToArray(),
        Start = new float[Labels.Count],
        End = new float[Labels.Count],
    };

    private static IEnumerable<int[]> Paths(int words)
    {
        var total = (int)Math.Pow(Labels.Count, words);
        for (var n = 0; n < total; n++)
        {
            var path = new int[words];
            var rest = n;
            for (var w = 0; w < words; w++)
            {
                path[w] = rest % Labels.Count;
                rest /= Labels.Count;
            }

            yield return path;
        }
    }
}
