using EntityGraph.Ner.Encoding;
using EntityGraph.OnnxGraph;

namespace EntityGraph.Ner.Tests.Runtime;

/// <summary>Random BiLSTM tagger weights (TorchSharp names) and random word chunks for graph tests.</summary>
internal static class RandomBiLstm
{
    public const int Hidden = 4;
    public const int Labels = 5;

    public static WordChunk Chunk(Random random, int words, int width)
    {
        var charIds = new long[words * width];
        for (var w = 0; w < words; w++)
        {
            var length = random.Next(1, width + 1);
            for (var c = 0; c < length; c++)
            {
                charIds[(w * width) + c] = random.Next(1, 9);
            }
        }

        return new WordChunk(
            Enumerable.Range(0, words).Select(_ => (long)random.Next(1, 12)).ToArray(), charIds, width,
            Enumerable.Range(0, words).Select(_ => (long)random.Next(0, 5)).ToArray(), 0, 0, words);
    }

    public static Dictionary<string, WeightTensor> Weights(Random random, int words, int characters, int wordDim, int charDim, int filters, int casingDim)
    {
        WeightTensor Make(params long[] shape) =>
            new(shape, Enumerable.Range(0, (int)shape.Aggregate(1L, (a, b) => a * b)).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray());

        var input = wordDim + filters + casingDim;
        var w = new Dictionary<string, WeightTensor>
        {
            ["word_embeddings.weight"] = Make(words, wordDim),
            ["char_embeddings.weight"] = Make(characters, charDim),
            ["char_conv.weight"] = Make(filters, charDim, 3),
            ["char_conv.bias"] = Make(filters),
            ["casing_embeddings.weight"] = Make(5, casingDim),
            ["emissions.weight"] = Make(Labels, 2 * Hidden),
            ["emissions.bias"] = Make(Labels),
        };
        Array.Clear(w["char_embeddings.weight"].Data, 0, charDim);
        foreach (var suffix in new[] { string.Empty, "_reverse" })
        {
            w[$"lstm.weight_ih_l0{suffix}"] = Make(4 * Hidden, input);
            w[$"lstm.weight_hh_l0{suffix}"] = Make(4 * Hidden, Hidden);
            w[$"lstm.bias_ih_l0{suffix}"] = Make(4 * Hidden);
            w[$"lstm.bias_hh_l0{suffix}"] = Make(4 * Hidden);
        }

        return w;
    }
}
