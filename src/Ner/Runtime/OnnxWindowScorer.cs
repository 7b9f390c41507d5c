using System.Buffers;
using EntityGraph.Ner.Encoding;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>Runs one padded batch of windows through a transformer token-classifier session, using pooled input buffers.</summary>
public sealed class OnnxWindowScorer(InferenceSession session, int labels, long padId)
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "casing_ids"];
    private static readonly string[] OutputNames = ["logits"];
    private readonly InferenceSession[] _sessions = [session];

    public int LabelCount => labels;

    public List<float[]> Score(IReadOnlyList<NerWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var results = new List<float[]>(windows.Count);
        if (windows.Count == 0)
        {
            return results;
        }

        using var batch = Encode(windows);
        using var outputs = batch.Run();
        var logits = outputs[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < windows.Count; b++)
        {
            results.Add(logits.Slice(b * batch.Length * labels, windows[b].Length * labels).ToArray());
        }

        return results;
    }

    /// <summary>The windows as one padded batch of input tensors (ids, attention mask, casing) over pooled buffers.</summary>
    public EncodedBatch Encode(IReadOnlyList<NerWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var length = windows.Count == 0 ? 0 : windows.Max(w => w.Length);
        var size = windows.Count * length;
        var ids = ArrayPool<long>.Shared.Rent(size);
        var mask = ArrayPool<long>.Shared.Rent(size);
        var casing = ArrayPool<long>.Shared.Rent(size);
        Array.Fill(ids, padId, 0, size);
        Array.Clear(mask, 0, size);
        Array.Clear(casing, 0, size);
        long tokens = 0;
        for (var b = 0; b < windows.Count; b++)
        {
            var window = windows[b];
            window.InputIds.CopyTo(ids, b * length);
            window.CasingIds.CopyTo(casing, b * length);
            Array.Fill(mask, 1L, b * length, window.Length);
            tokens += window.Length;
        }

        long[] shape = [windows.Count, length];
        OrtValue[] inputs =
        [
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, size), shape),
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, size), shape),
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, casing.AsMemory(0, size), shape),
        ];
        return new EncodedBatch(_sessions, InputNames, inputs, OutputNames, [ids, mask, casing], windows.Count, length, tokens);
    }
}
