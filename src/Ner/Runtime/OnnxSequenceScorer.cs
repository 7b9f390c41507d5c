using System.Buffers;
using EntityGraph.Ner.Encoding;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Runs one padded batch of word chunks through a bilstm-crf session (inputs word_ids, char_ids, casing_ids,
/// sequence_lens; output emissions) and returns emission scores [chunk length, labels] per chunk. Given several
/// sessions (an ensemble), the batch is encoded once, run through each, and their emissions are averaged.
/// </summary>
public sealed class OnnxSequenceScorer
{
    private static readonly string[] InputNames = ["word_ids", "char_ids", "casing_ids", "sequence_lens"];
    private static readonly string[] OutputNames = ["emissions"];
    private readonly IReadOnlyList<InferenceSession> _sessions;
    private readonly int _labels;

    public OnnxSequenceScorer(InferenceSession session, int labels)
        : this([session], labels)
    {
    }

    public OnnxSequenceScorer(IReadOnlyList<InferenceSession> sessions, int labels)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            throw new ArgumentException("at least one session is needed", nameof(sessions));
        }

        _sessions = sessions;
        _labels = labels;
    }

    public int LabelCount => _labels;

    public List<float[]> Score(IReadOnlyList<WordChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var results = new List<float[]>(chunks.Count);
        if (chunks.Count == 0)
        {
            return results;
        }

        using var batch = Encode(chunks);
        for (var m = 0; m < batch.Members; m++)
        {
            using var outputs = batch.Run(m);
            var emissions = outputs[0].GetTensorDataAsSpan<float>();
            for (var b = 0; b < chunks.Count; b++)
            {
                var scores = emissions.Slice(b * batch.Length * _labels, chunks[b].Length * _labels);
                if (m == 0)
                {
                    results.Add(scores.ToArray());
                }
                else
                {
                    System.Numerics.Tensors.TensorPrimitives.Add(results[b], scores, results[b]);
                }
            }
        }

        if (batch.Members > 1)
        {
            foreach (var row in results)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(row, batch.Members, row);
            }
        }

        return results;
    }

    /// <summary>The chunks as one padded batch of input tensors (words, characters, casing, lengths) over pooled buffers.</summary>
    public EncodedBatch Encode(IReadOnlyList<WordChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var length = chunks.Count == 0 ? 0 : chunks.Max(c => c.Length);
        var width = chunks.Count == 0 ? 0 : chunks.Max(c => c.CharWidth);
        var size = chunks.Count * length;
        var words = ArrayPool<long>.Shared.Rent(size);
        var casing = ArrayPool<long>.Shared.Rent(size);
        var chars = ArrayPool<long>.Shared.Rent(size * width);
        var lengths = new int[chunks.Count];
        Array.Clear(words, 0, size);
        Array.Clear(casing, 0, size);
        Array.Clear(chars, 0, size * width);
        long tokens = 0;
        for (var b = 0; b < chunks.Count; b++)
        {
            var chunk = chunks[b];
            lengths[b] = chunk.Length;
            tokens += chunk.Length;
            chunk.WordIds.CopyTo(words, b * length);
            chunk.CasingIds.CopyTo(casing, b * length);
            for (var w = 0; w < chunk.Length; w++)
            {
                chunk.CharIds.AsSpan(w * chunk.CharWidth, chunk.CharWidth).CopyTo(chars.AsSpan(((b * length) + w) * width));
            }
        }

        long[] shape = [chunks.Count, length];
        OrtValue[] inputs =
        [
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, words.AsMemory(0, size), shape),
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, chars.AsMemory(0, size * width), [chunks.Count, length, width]),
            OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, casing.AsMemory(0, size), shape),
            OrtValue.CreateTensorValueFromMemory(lengths, [chunks.Count]),
        ];
        return new EncodedBatch(_sessions, InputNames, inputs, OutputNames, [words, casing, chars], chunks.Count, length, tokens);
    }
}
