using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Training.Export;

/// <summary>Pieces every exporter shares: a quiet CPU session on a written graph, and the logits parity check.</summary>
public static class ExportChecks
{
    public static InferenceSession NewSession(string path, int threads) =>
        new(path, new SessionOptions { IntraOpNumThreads = threads, LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL });

    /// <summary>Largest absolute difference between two scorers' outputs over the inputs, scored in batches of 32 (shortest first).</summary>
    public static (double MaxDiff, int Inputs) Parity<TInput>(
        IEnumerable<TInput> inputs, Func<TInput, int> length, Func<IReadOnlyList<TInput>, List<float[]>> reference, Func<IReadOnlyList<TInput>, List<float[]>> candidate)
    {
        var ordered = inputs.OrderBy(length).ToList();
        var maxDiff = 0.0;
        foreach (var batch in ordered.Chunk(32))
        {
            var a = reference(batch);
            var b = candidate(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                for (var j = 0; j < a[i].Length; j++)
                {
                    maxDiff = Math.Max(maxDiff, Math.Abs(a[i][j] - b[i][j]));
                }
            }
        }

        return (maxDiff, ordered.Count);
    }
}
