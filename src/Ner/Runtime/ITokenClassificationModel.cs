using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Models;

namespace EntityGraph.Ner.Runtime;

/// <summary>A loaded NER model of any architecture: one ONNX session shared by all callers behind a dynamic batcher.</summary>
public interface ITokenClassificationModel : IAsyncDisposable
{
    ModelConfig Config { get; }

    /// <summary>The ONNX Runtime execution provider the session runs on (CPU or CUDA).</summary>
    string Provider { get; }

    /// <summary>Entities in <paramref name="text"/> as UTF-16 spans into that exact string.</summary>
    Task<List<PredictedSpan>> PredictAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// The model inputs of <paramref name="texts"/>, encoded ahead and grouped as the batcher groups them at best (by
    /// length, at most <paramref name="maxBatch"/> a batch): what the raw-throughput benchmark runs, timing nothing else.
    /// The caller disposes the batches.
    /// </summary>
    IReadOnlyList<EncodedBatch> EncodeBatches(IEnumerable<string> texts, int maxBatch);
}
