namespace EntityGraph.Ner.Runtime;

/// <summary>
/// How model inputs are cut into batches, written once for the batcher and the raw-throughput benchmark: sorted by
/// length (a stable sort, so inputs of one length keep their order), then at most <c>maxBatch</c> a batch, so each batch
/// pads as little as its inputs allow.
/// </summary>
public static class LengthBatches
{
    public static IEnumerable<List<T>> Group<T>(IEnumerable<T> items, Func<T, int> length, int maxBatch) =>
        items.OrderBy(length).Chunk(Math.Max(1, maxBatch)).Select(c => c.ToList());
}
