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

        var length = chunks.Max(c => c.Length);
        var width = chunks.Max(c => c.CharWidth);
        var size = chunks.Count * length;
        var words = ArrayPool<long>.Shared.Rent(size);
        var casing = ArrayPool<long>.Shared.Rent(size);
        var chars = ArrayPool<long>.Shared.Rent(size * width);
        var lengths = new int[chunks.Count];
        try
        {
            Array.Clear(words, 0, size);
            Array.Clear(casing, 0, size);
            Array.Clear(chars, 0, size * width);
            for (var b = 0; b < chunks.Count; b++)
            {
                var chunk = chunks[b];
                lengths[b] = chunk.Length;
                chunk.WordIds.CopyTo(words, b * length);
                chunk.CasingIds.CopyTo(casing, b * length);
                for (var w = 0; w < chunk.Length; w++)
                {
                    chunk.CharIds.AsSpan(w * chunk.CharWidth, chunk.CharWidth).CopyTo(chars.AsSpan(((b * length) + w) * width));
                }
            }

            long[] shape = [chunks.Count, length];
            using var wordValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, words.AsMemory(0, size), shape);
            using var charValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, chars.AsMemory(0, size * width), [chunks.Count, length, width]);
            using var casingValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, casing.AsMemory(0, size), shape);
            using var lengthValue = OrtValue.CreateTensorValueFromMemory(lengths, [chunks.Count]);
            using var runOptions = new RunOptions();
            for (var m = 0; m < _sessions.Count; m++)
            {
                using var outputs = _sessions[m].Run(runOptions, InputNames, [wordValue, charValue, casingValue, lengthValue], OutputNames);
                var emissions = outputs[0].GetTensorDataAsSpan<float>();
                for (var b = 0; b < chunks.Count; b++)
                {
                    var scores = emissions.Slice(b * length * _labels, chunks[b].Length * _labels);
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

            if (_sessions.Count > 1)
            {
                foreach (var row in results)
                {
                    System.Numerics.Tensors.TensorPrimitives.Divide(row, _sessions.Count, row);
                }
            }

            return results;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(words);
            ArrayPool<long>.Shared.Return(casing);
            ArrayPool<long>.Shared.Return(chars);
        }
    }
}
