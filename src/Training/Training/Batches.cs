using static TorchSharp.torch;

namespace EntityGraph.Training.Training;

/// <summary>Length-sorted batching (little padding) with a seeded shuffle of batch order, and padded tensors.</summary>
public static class Batches
{
    public static List<TrainItem[]> Make(IReadOnlyList<TrainItem> items, int batchSize, Random random)
    {
        var order = items.Select((item, index) => (item, key: item.InputIds.Length + random.NextDouble()))
            .OrderBy(x => x.key).Select(x => x.item).ToList();
        var batches = order.Chunk(batchSize).ToList();
        for (var i = batches.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (batches[i], batches[j]) = (batches[j], batches[i]);
        }

        return batches;
    }

    public static (Tensor Ids, Tensor Mask, Tensor Casing, Tensor Labels) ToTensors(IReadOnlyList<TrainItem> batch, int padId)
    {
        var length = batch.Max(b => b.InputIds.Length);
        var ids = new long[batch.Count * length];
        var mask = new long[batch.Count * length];
        var casing = new long[batch.Count * length];
        var labels = new long[batch.Count * length];
        Array.Fill(ids, padId);
        Array.Fill(labels, TrainItemBuilder.Ignore);
        for (var b = 0; b < batch.Count; b++)
        {
            var item = batch[b];
            var offset = b * length;
            item.InputIds.CopyTo(ids, offset);
            item.CasingIds.CopyTo(casing, offset);
            item.Labels.CopyTo(labels, offset);
            Array.Fill(mask, 1L, offset, item.InputIds.Length);
        }

        long[] shape = [batch.Count, length];
        return (tensor(ids, shape), tensor(mask, shape), tensor(casing, shape), tensor(labels, shape));
    }
}
