using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Runtime;
using EntityGraph.OnnxGraph;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class BiLstmGraphTests : IDisposable
{
    private const int Hidden = 4;
    private const int Labels = 5;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eg-bilstm-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Onnx_emissions_match_a_plain_reference_for_a_padded_batch_of_different_lengths()
    {
        var weights = RandomBiLstm.Weights(new Random(7), words: 12, characters: 9, wordDim: 3, charDim: 2, filters: 3, casingDim: 2);
        var chunks = new[]
        {
            RandomBiLstm.Chunk(new Random(1), 5, 4),
            RandomBiLstm.Chunk(new Random(2), 1, 1),
            RandomBiLstm.Chunk(new Random(3), 3, 6),
        };
        var reference = new ReferenceBiLstm(weights, Hidden);
        foreach (var quantize in new[] { false, true })
        {
            var path = Path.Combine(_root, quantize ? "int8.onnx" : "fp32.onnx");
            Directory.CreateDirectory(_root);
            BiLstmGraphWriter.Write(path, weights, new BiLstmGraphSpec(1, Hidden, Labels, 3, quantize));
            using var session = new InferenceSession(path);
            var batched = new OnnxSequenceScorer(session, Labels).Score(chunks);
            var tolerance = quantize ? 0.1 : 1e-4;
            for (var i = 0; i < chunks.Length; i++)
            {
                var expected = reference.Emissions(chunks[i]);
                Assert.Equal(expected.Length, batched[i].Length);
                Assert.All(expected.Zip(batched[i]), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, tolerance));
                var alone = new OnnxSequenceScorer(session, Labels).Score([chunks[i]])[0];
                Assert.All(alone.Zip(batched[i]), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 1e-5));
            }
        }
    }

    [Fact]
    public void Int8_storage_makes_the_file_smaller()
    {
        Directory.CreateDirectory(_root);
        var weights = RandomBiLstm.Weights(new Random(3), words: 2000, characters: 9, wordDim: 16, charDim: 2, filters: 3, casingDim: 2);
        var fp32 = Path.Combine(_root, "a.onnx");
        var int8 = Path.Combine(_root, "b.onnx");
        BiLstmGraphWriter.Write(fp32, weights, new BiLstmGraphSpec(1, Hidden, Labels));
        BiLstmGraphWriter.Write(int8, weights, new BiLstmGraphSpec(1, Hidden, Labels, Quantize: true));
        Assert.InRange(new FileInfo(int8).Length, 0, new FileInfo(fp32).Length / 3);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
