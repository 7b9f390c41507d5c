using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Training.Export;

/// <summary>Pieces every exporter shares: a quiet CPU session on a written graph, and the logits parity check.</summary>
public static class ExportChecks
{
    public static InferenceSession NewSession(string path, int threads) =>
        new(path, new SessionOptions { IntraOpNumThreads = threads, LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL });

    /// <summary>
    /// Largest absolute difference between two scorers' outputs over the inputs, scored in batches of 32 (shortest first).
    /// A reference batch with a non-finite output is scored once more (oneDNN returns NaN now and then on some CPUs);
    /// non-finite outputs after that are an error.
    /// </summary>
    public static (double MaxDiff, int Inputs) Parity<TInput>(
        IEnumerable<TInput> inputs, Func<TInput, int> length, Func<IReadOnlyList<TInput>, List<float[]>> reference, Func<IReadOnlyList<TInput>, List<float[]>> candidate)
    {
        var ordered = inputs.OrderBy(length).ToList();
        var maxDiff = 0.0;
        foreach (var batch in ordered.Chunk(32))
        {
            var a = reference(batch);
            if (!AllFinite(a))
            {
                a = reference(batch);
            }

            var b = candidate(batch);
            if (!AllFinite(a) || !AllFinite(b))
            {
                throw new InvalidDataException($"Parity check: the {(AllFinite(a) ? "exported graph's outputs" : "training framework's outputs (scored twice)")} for a batch of {batch.Length} inputs are not finite.");
            }

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

    private static bool AllFinite(List<float[]> outputs) => outputs.TrueForAll(row => Array.TrueForAll(row, float.IsFinite));
}
