using EntityGraph.Ner.Runtime;
using EntityGraph.OnnxGraph;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class BiLstmGraphStorageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("eg-bilstm-storage-").FullName;
    private readonly Dictionary<string, WeightTensor> _weights = RandomBiLstm.Weights(new Random(11), words: 600, characters: 9, wordDim: 8, charDim: 2, filters: 3, casingDim: 2);
    private readonly BiLstmGraphSpec _spec = new(1, RandomBiLstm.Hidden, RandomBiLstm.Labels, 3, Quantize: true);

    [Fact]
    public void The_packed_graph_computes_with_the_4_bit_table_and_is_smaller()
    {
        var (packed, scales) = Int4Quantizer.PerGroup(_weights["word_embeddings.weight"].Data, 600, 8, Int4Quantizer.GroupSize(8));
        var asStored = new Dictionary<string, WeightTensor>(_weights) { ["word_embeddings.weight"] = new([600, 8], Int4Quantizer.Unpack(packed, scales)) };

        var expected = Emissions(Write("expected.onnx", asStored, _spec with { Quantize = false }));
        var actual = Emissions(Write("packed.onnx", _weights, _spec with { Quantize = false, PackWordEmbeddings = true }));

        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1e-4));
        Assert.InRange(new FileInfo(Write("int8+packed.onnx", _weights, _spec with { PackWordEmbeddings = true })).Length, 0, new FileInfo(Write("int8.onnx", _weights, _spec)).Length * 0.8);
    }

    [Fact]
    public void A_float_graph_reads_back_as_the_weights_and_spec_it_was_written_from()
    {
        var (weights, spec) = BiLstmGraphReader.Read(Load(Write("fp32.onnx", _weights, _spec with { Quantize = false })));

        Assert.Equal(_spec with { Quantize = false }, spec);
        Assert.Equal(_weights.Keys.Order(), weights.Keys.Order());
        foreach (var (name, tensor) in _weights)
        {
            Assert.Equal(tensor.Shape, weights[name].Shape);
            Assert.Equal(tensor.Data, weights[name].Data);
        }
    }

    [Fact]
    public void An_int8_graph_written_again_from_what_was_read_gives_the_same_emissions()
    {
        var original = Write("int8.onnx", _weights, _spec);
        var (weights, spec) = BiLstmGraphReader.Read(Load(original));
        var again = Write("again.onnx", weights, spec);

        Assert.Equal(_spec, spec);
        Assert.All(Emissions(original).Zip(Emissions(again)), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1e-5));
    }

    [Fact]
    public void A_packed_graph_reads_back_as_packed()
    {
        var (weights, spec) = BiLstmGraphReader.Read(Load(Write("packed.onnx", _weights, _spec with { PackWordEmbeddings = true })));

        Assert.True(spec.PackWordEmbeddings);
        Assert.Equal(new long[] { 600, 8 }, weights["word_embeddings.weight"].Shape);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, Dictionary<string, WeightTensor> weights, BiLstmGraphSpec spec)
    {
        var path = Path.Combine(_root, name);
        BiLstmGraphWriter.Write(path, weights, spec);
        return path;
    }

    private static ModelProto Load(string path) => ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));

    private static float[] Emissions(string path)
    {
        using var session = new InferenceSession(path);
        var chunks = Enumerable.Range(0, 4).Select(i => RandomBiLstm.Chunk(new Random(i), 3 + i, 5)).ToList();
        foreach (var chunk in chunks)
        {
            Array.Copy(Enumerable.Range(0, chunk.WordIds.Length).Select(w => (long)((w * 97) % 600)).ToArray(), chunk.WordIds, chunk.WordIds.Length);
        }

        return new OnnxSequenceScorer(session, RandomBiLstm.Labels).Score(chunks).SelectMany(e => e).ToArray();
    }
}
