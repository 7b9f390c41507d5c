using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>Copies an embedding table into one with more rows (an extended vocabulary): new rows start at the mean row.</summary>
public static class EmbeddingRows
{
    public static void Copy(Tensor target, Tensor source)
    {
        using var noGrad = no_grad();
        var rows = Math.Min(target.shape[0], source.shape[0]);
        target[TensorIndex.Slice(0, rows)].copy_(source[TensorIndex.Slice(0, rows)]);
        if (target.shape[0] > rows)
        {
            using var mean = source.mean([0L]);
            target[TensorIndex.Slice(rows, null)].copy_(mean.expand(target.shape[0] - rows, -1));
        }
    }
}
