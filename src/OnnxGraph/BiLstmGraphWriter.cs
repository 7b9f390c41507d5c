using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Writes a word-level BiLSTM tagger as one ONNX graph (opset 17). Inputs: word_ids, casing_ids [batch, words] int64,
/// char_ids [batch, words, chars] int64 (0 = padding), sequence_lens [batch] int32. Output: emissions [batch, words, labels].
/// Features per word: word embedding, a character CNN (ReLU, max over the word's own characters) and a casing embedding,
/// concatenated in that order, then bidirectional ONNX LSTM layers honouring sequence_lens, then a linear layer.
/// Weight names follow the TorchSharp module: word_embeddings.weight, char_embeddings.weight, char_conv.weight/bias
/// [filters, char dim, kernel], casing_embeddings.weight, lstm.weight_ih_l{n}[_reverse] (gates i, f, g, o), emissions.weight/bias.
/// </summary>
public sealed class BiLstmGraphWriter
{
    private const TensorProto.Types.DataType I64 = TensorProto.Types.DataType.Int64;
    private const TensorProto.Types.DataType F32 = TensorProto.Types.DataType.Float;
    /// <summary>Torch stacks LSTM gates as input, forget, cell, output; ONNX as input, output, forget, cell.</summary>
    internal static readonly int[] TorchGateOfOnnxGate = [0, 3, 1, 2];

    private readonly GraphBuilder _g = new();
    private readonly IReadOnlyDictionary<string, WeightTensor> _w;
    private readonly BiLstmGraphSpec _spec;

    private BiLstmGraphWriter(IReadOnlyDictionary<string, WeightTensor> weights, BiLstmGraphSpec spec)
    {
        _w = weights;
        _spec = spec;
    }

    public static void Write(string path, IReadOnlyDictionary<string, WeightTensor> weights, BiLstmGraphSpec spec, IDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(spec);
        var writer = new BiLstmGraphWriter(weights, spec);
        writer.Build();
        writer._g.Save(path, "entitygraph", metadata);
    }

    private void Build()
    {
        _g.Input("word_ids", I64, "batch", "words");
        _g.Input("char_ids", I64, "batch", "words", "chars");
        _g.Input("casing_ids", I64, "batch", "words");
        _g.Input("sequence_lens", TensorProto.Types.DataType.Int32, "batch");
        _g.Output("emissions", F32, "batch", "words", _spec.Labels);

        var words = _spec.PackWordEmbeddings
            ? PackedEmbedding.Gather(_g, "word_embeddings.weight", _w["word_embeddings.weight"], "word_ids")
            : _g.Node("Gather", [Matrix("word_embeddings.weight"), "word_ids"], ("axis", 0L));
        var casing = _g.Node("Gather", [Matrix("casing_embeddings.weight"), "casing_ids"], ("axis", 0L));
        var features = _g.Node("Concat", [words, CharFeatures(), casing], ("axis", -1L));
        var sequence = _g.Node("Transpose", [features], ("perm", new long[] { 1, 0, 2 }));
        for (var layer = 0; layer < _spec.Layers; layer++)
        {
            sequence = LstmLayer(sequence, layer);
        }

        var batchFirst = _g.Node("Transpose", [sequence], ("perm", new long[] { 1, 0, 2 }));
        var weight = _w["emissions.weight"];
        var projected = _g.Node("MatMul", [batchFirst, _g.Float("emissions.weight_t", Matrices.Transpose(weight.Data, (int)weight.Shape[0], (int)weight.Shape[1]), weight.Shape[1], weight.Shape[0])]);
        var emissions = _g.Node("Add", [projected, _g.Float("emissions.bias", _w["emissions.bias"].Data, weight.Shape[0])]);
        _g.Rename(emissions, "emissions");
    }

    private string CharFeatures()
    {
        var embedded = _g.Node("Gather", [_g.Float("char_embeddings.weight", _w["char_embeddings.weight"].Data, _w["char_embeddings.weight"].Shape), "char_ids"], ("axis", 0L));
        var channelsFirst = _g.Node("Transpose", [embedded], ("perm", new long[] { 0, 3, 1, 2 }));
        var kernel = _w["char_conv.weight"];
        var filters = kernel.Shape[0];
        var conv = _g.Node(
            "Conv",
            [channelsFirst, _g.Float("char_conv.weight", kernel.Data, filters, kernel.Shape[1], 1, kernel.Shape[2]), _g.Float("char_conv.bias", _w["char_conv.bias"].Data, filters)],
            ("kernel_shape", new long[] { 1, kernel.Shape[2] }),
            ("pads", new long[] { 0, kernel.Shape[2] / 2, 0, kernel.Shape[2] / 2 }));
        var present = _g.Node("Cast", [_g.Node("Greater", ["char_ids", _g.Int64(_g.Name("zero"), [0])])], ("to", (long)F32));
        var mask = _g.Node("Unsqueeze", [present, _g.Int64(_g.Name("axes"), [1], 1)]);
        var pooled = _g.Node("ReduceMax", [_g.Node("Mul", [_g.Node("Relu", [conv]), mask])], ("axes", new long[] { 3 }), ("keepdims", 0L));
        return _g.Node("Transpose", [pooled], ("perm", new long[] { 0, 2, 1 }));
    }

    private string LstmLayer(string input, int layer)
    {
        var forward = $"lstm.weight_ih_l{layer}";
        var hidden = _spec.Hidden;
        var inputSize = (int)_w[forward].Shape[1];
        var w = Directions(layer, "weight_ih", inputSize);
        var r = Directions(layer, "weight_hh", hidden);
        var bias = new float[2 * 8 * hidden];
        for (var d = 0; d < 2; d++)
        {
            var suffix = d == 0 ? string.Empty : "_reverse";
            Reorder(_w[$"lstm.bias_ih_l{layer}{suffix}"].Data, hidden, 1).CopyTo(bias, d * 8 * hidden);
            Reorder(_w[$"lstm.bias_hh_l{layer}{suffix}"].Data, hidden, 1).CopyTo(bias, (d * 8 * hidden) + (4 * hidden));
        }

        var wName = Stored($"lstm.l{layer}.W", w, 2 * 4 * hidden, inputSize, [2, 4 * hidden, inputSize]);
        var rName = Stored($"lstm.l{layer}.R", r, 2 * 4 * hidden, hidden, [2, 4 * hidden, hidden]);
        var bName = _g.Float($"lstm.l{layer}.B", bias, 2, 8 * hidden);
        var outputs = _g.Nodes(
            "LSTM", [input, wName, rName, bName, "sequence_lens"], 1, ("direction", "bidirectional"), ("hidden_size", (long)hidden));
        var stacked = _g.Node("Transpose", [outputs[0]], ("perm", new long[] { 0, 2, 1, 3 }));
        return _g.Node("Reshape", [stacked, _g.Int64(_g.Name("merge_shape"), [0, 0, 2 * hidden], 3)]);
    }

    private float[] Directions(int layer, string kind, int columns)
    {
        var hidden = _spec.Hidden;
        var result = new float[2 * 4 * hidden * columns];
        Reorder(_w[$"lstm.{kind}_l{layer}"].Data, hidden, columns).CopyTo(result, 0);
        Reorder(_w[$"lstm.{kind}_l{layer}_reverse"].Data, hidden, columns).CopyTo(result, 4 * hidden * columns);
        return result;
    }

    private static float[] Reorder(float[] data, int hidden, int columns)
    {
        var block = hidden * columns;
        var result = new float[4 * block];
        for (var gate = 0; gate < 4; gate++)
        {
            Array.Copy(data, TorchGateOfOnnxGate[gate] * block, result, gate * block, block);
        }

        return result;
    }

    private string Matrix(string name)
    {
        var weight = _w[name];
        return Stored(name, weight.Data, (int)weight.Shape[0], (int)weight.Shape[1], weight.Shape);
    }

    /// <summary>A float matrix initializer, or with quantization int8 rows times per-row scales (folded to float when the session loads).</summary>
    private string Stored(string name, float[] data, int rows, int columns, long[] shape)
    {
        if (!_spec.Quantize)
        {
            return _g.Float(name, data, shape);
        }

        var (values, scales) = Int8Quantizer.PerRow(data, rows, columns);
        var scaleShape = shape.ToArray();
        scaleShape[^1] = 1;
        var asFloat = _g.Node("Cast", [_g.Int8(name + ".int8", values, shape)], ("to", (long)F32));
        return _g.Node("Mul", [asFloat, _g.Float(name + ".scale", scales, scaleShape)]);
    }
}
