using EntityGraph.Ner.Encoding;
using static TorchSharp.torch;

namespace EntityGraph.Training.Fast;

/// <summary>Length-sorted batches in a seeded shuffled order, and padded tensors for a batch of word chunks.</summary>
public static class FastBatches
{
    public static List<T[]> Make<T>(IReadOnlyList<T> items, Func<T, int> length, int batchSize, Random random)
    {
        var order = items.Select(item => (item, key: length(item) + random.NextDouble())).OrderBy(x => x.key).Select(x => x.item).ToList();
        var batches = order.Chunk(batchSize).ToList();
        for (var i = batches.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (batches[i], batches[j]) = (batches[j], batches[i]);
        }

        return batches;
    }

    /// <summary>
    /// Padded inputs [batch, words] / [batch, words, chars] and lengths [batch]. With <paramref name="dropWord"/>, each word
    /// id it picks is replaced by the unknown id (so the model learns the unknown row).
    /// </summary>
    public static (Tensor Words, Tensor Chars, Tensor Casing, Tensor Lengths) Inputs(IReadOnlyList<WordChunk> chunks, Func<long, bool>? dropWord = null)
    {
        var length = chunks.Max(c => c.Length);
        var width = chunks.Max(c => c.CharWidth);
        var words = new long[chunks.Count * length];
        var casing = new long[chunks.Count * length];
        var chars = new long[chunks.Count * length * width];
        var lengths = new long[chunks.Count];
        for (var b = 0; b < chunks.Count; b++)
        {
            var chunk = chunks[b];
            lengths[b] = chunk.Length;
            chunk.CasingIds.CopyTo(casing, b * length);
            for (var w = 0; w < chunk.Length; w++)
            {
                var id = chunk.WordIds[w];
                words[(b * length) + w] = dropWord is not null && dropWord(id) ? SymbolVocabulary.UnknownId : id;
                chunk.CharIds.AsSpan(w * chunk.CharWidth, chunk.CharWidth).CopyTo(chars.AsSpan(((b * length) + w) * width));
            }
        }

        return (tensor(words, [chunks.Count, length]), tensor(chars, [chunks.Count, length, width]), tensor(casing, [chunks.Count, length]), tensor(lengths, [chunks.Count]));
    }

    /// <summary>Gold label indices [batch, words] (0 where padded) and the mask of real words.</summary>
    public static (Tensor Tags, Tensor Mask) Targets(IReadOnlyList<FastTrainItem> items)
    {
        var length = items.Max(i => i.Chunk.Length);
        var tags = new long[items.Count * length];
        var mask = new bool[items.Count * length];
        for (var b = 0; b < items.Count; b++)
        {
            items[b].Labels.CopyTo(tags, b * length);
            Array.Fill(mask, true, b * length, items[b].Chunk.Length);
        }

        return (tensor(tags, [items.Count, length]), tensor(mask, [items.Count, length]));
    }
}
