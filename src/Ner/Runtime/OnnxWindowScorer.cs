using System.Buffers;
using EntityGraph.Ner.Encoding;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>Runs one padded batch of windows through a transformer token-classifier session, using pooled input buffers.</summary>
public sealed class OnnxWindowScorer(InferenceSession session, int labels, long padId)
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "casing_ids"];
    private static readonly string[] OutputNames = ["logits"];

    public int LabelCount => labels;

    public List<float[]> Score(IReadOnlyList<NerWindow> windows)
    {
        var results = new List<float[]>(windows.Count);
        if (windows.Count == 0)
        {
            return results;
        }

        var length = windows.Max(w => w.Length);
        var size = windows.Count * length;
        var ids = ArrayPool<long>.Shared.Rent(size);
        var mask = ArrayPool<long>.Shared.Rent(size);
        var casing = ArrayPool<long>.Shared.Rent(size);
        try
        {
            Array.Fill(ids, padId, 0, size);
            Array.Clear(mask, 0, size);
            Array.Clear(casing, 0, size);
            for (var b = 0; b < windows.Count; b++)
            {
                var window = windows[b];
                window.InputIds.CopyTo(ids, b * length);
                window.CasingIds.CopyTo(casing, b * length);
                Array.Fill(mask, 1L, b * length, window.Length);
            }

            long[] shape = [windows.Count, length];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, size), shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, size), shape);
            using var casingValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, casing.AsMemory(0, size), shape);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, casingValue], OutputNames);
            var logits = outputs[0].GetTensorDataAsSpan<float>();
            for (var b = 0; b < windows.Count; b++)
            {
                results.Add(logits.Slice(b * length * labels, windows[b].Length * labels).ToArray());
            }

            return results;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ids);
            ArrayPool<long>.Shared.Return(mask);
            ArrayPool<long>.Shared.Return(casing);
        }
    }
}
