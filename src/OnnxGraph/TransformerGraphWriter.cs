using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Writes a BERT-style token classifier as one ONNX graph (opset 17). Inputs input_ids, attention_mask, casing_ids
/// [batch, length] int64; output logits [batch, length, labels]. Weight names follow the TorchSharp module
/// (word_embeddings.weight, layers.N.attention.query.weight, ...). With quantization, every matrix is int8 with
/// per-output-channel scales: embeddings dequantized after Gather, dense layers as DynamicQuantizeLinear + MatMulInteger.
/// </summary>
public sealed class TransformerGraphWriter
{
    private readonly GraphBuilder _g = new();
    private readonly IReadOnlyDictionary<string, WeightTensor> _w;
    private readonly TransformerGraphSpec _spec;

    private TransformerGraphWriter(IReadOnlyDictionary<string, WeightTensor> weights, TransformerGraphSpec spec)
    {
        _w = weights;
        _spec = spec;
    }

    public static void Write(string path, IReadOnlyDictionary<string, WeightTensor> weights, TransformerGraphSpec spec, IDictionary<string, string>? metadata = null)
    {
        var writer = new TransformerGraphWriter(weights, spec);
        writer.Build();
        writer._g.Save(path, "entitygraph", metadata);
    }

    private void Build()
    {
        const TensorProto.Types.DataType i64 = TensorProto.Types.DataType.Int64;
        _g.Input("input_ids", i64, "batch", "length");
        _g.Input("attention_mask", i64, "batch", "length");
        _g.Input("casing_ids", i64, "batch", "length");
        _g.Output("logits", TensorProto.Types.DataType.Float, "batch", "length", _spec.Labels);

        var shape = _g.Node("Shape", ["input_ids"]);
        var length = _g.Node("Gather", [shape, _g.Int64(_g.Name("one"), [1])], ("axis", 0L));
        var positions = _g.Node("Range", [_g.Int64(_g.Name("zero"), [0]), length, _g.Int64(_g.Name("step"), [1])]);
        var words = _spec.PackWordEmbeddings
            ? PackedEmbedding.Gather(_g, "word_embeddings.weight", _w["word_embeddings.weight"], "input_ids")
            : Embedding("word_embeddings.weight", "input_ids");
        var position = Embedding("position_embeddings.weight", positions);
        var casing = Embedding("casing_embeddings.weight", "casing_ids");
        var sum = _g.Node("Add", [_g.Node("Add", [words, position]), casing]);
        var hidden = LayerNorm(sum, "embedding_norm");

        var maskFloat = _g.Node("Cast", ["attention_mask"], ("to", (long)TensorProto.Types.DataType.Float));
        var inverted = _g.Node("Sub", [_g.Scalar(1f), maskFloat]);
        var additive = _g.Node("Mul", [inverted, _g.Scalar(-10000f)]);
        var mask = _g.Node("Unsqueeze", [additive, _g.Int64(_g.Name("axes"), [1, 2], 2)]);

        for (var layer = 0; layer < _spec.Layers; layer++)
        {
            hidden = EncoderLayer(hidden, mask, $"layers.{layer}.");
        }

        var logits = Dense(hidden, "classifier");
        _g.Rename(logits, "logits");
    }

    private string EncoderLayer(string hidden, string mask, string prefix)
    {
        var headSize = _spec.Hidden / _spec.Heads;
        var split = _g.Int64(_g.Name("split_shape"), [0, 0, _spec.Heads, headSize], 4);
        var q = _g.Node("Transpose", [_g.Node("Reshape", [Dense(hidden, prefix + "attention.query"), split])], ("perm", new long[] { 0, 2, 1, 3 }));
        var k = _g.Node("Transpose", [_g.Node("Reshape", [Dense(hidden, prefix + "attention.key"), split])], ("perm", new long[] { 0, 2, 3, 1 }));
        var v = _g.Node("Transpose", [_g.Node("Reshape", [Dense(hidden, prefix + "attention.value"), split])], ("perm", new long[] { 0, 2, 1, 3 }));
        var scores = _g.Node("Add", [_g.Node("Mul", [_g.Node("MatMul", [q, k]), _g.Scalar(1f / MathF.Sqrt(headSize))]), mask]);
        var probabilities = _g.Node("Softmax", [scores], ("axis", -1L));
        var context = _g.Node("Transpose", [_g.Node("MatMul", [probabilities, v])], ("perm", new long[] { 0, 2, 1, 3 }));
        var merged = _g.Node("Reshape", [context, _g.Int64(_g.Name("merge_shape"), [0, 0, _spec.Hidden], 3)]);
        var attended = LayerNorm(_g.Node("Add", [Dense(merged, prefix + "attention.output"), hidden]), prefix + "attention_norm");
        var expanded = Gelu(Dense(attended, prefix + "intermediate"));
        return LayerNorm(_g.Node("Add", [Dense(expanded, prefix + "output"), attended]), prefix + "output_norm");
    }

    private string Gelu(string x)
    {
        var erf = _g.Node("Erf", [_g.Node("Mul", [x, _g.Scalar(1f / MathF.Sqrt(2f))])]);
        return _g.Node("Mul", [_g.Node("Mul", [x, _g.Scalar(0.5f)]), _g.Node("Add", [erf, _g.Scalar(1f)])]);
    }

    private string LayerNorm(string x, string prefix)
    {
        var gamma = _g.Float(prefix + ".weight", _w[prefix + ".weight"].Data, _spec.Hidden);
        var beta = _g.Float(prefix + ".bias", _w[prefix + ".bias"].Data, _spec.Hidden);
        return _g.Node("LayerNormalization", [x, gamma, beta], ("axis", -1L), ("epsilon", _spec.LayerNormEpsilon));
    }

    private string Embedding(string name, string indices)
    {
        var table = _w[name];
        var rows = (int)table.Shape[0];
        var columns = (int)table.Shape[1];
        if (!_spec.Quantize)
        {
            return _g.Node("Gather", [_g.Float(name, table.Data, rows, columns), indices], ("axis", 0L));
        }

        var (values, scales) = Int8Quantizer.PerRow(table.Data, rows, columns);
        var gathered = _g.Node("Gather", [_g.Int8(name + ".int8", values, rows, columns), indices], ("axis", 0L));
        var rowScales = _g.Node("Gather", [_g.Float(name + ".scale", scales, rows, 1), indices], ("axis", 0L));
        return _g.Node("Mul", [_g.Node("Cast", [gathered], ("to", (long)TensorProto.Types.DataType.Float)), rowScales]);
    }

    private string Dense(string x, string prefix)
    {
        var weight = _w[prefix + ".weight"];
        var outputs = (int)weight.Shape[0];
        var inputs = (int)weight.Shape[1];
        var bias = _g.Float(prefix + ".bias", _w[prefix + ".bias"].Data, outputs);
        if (!_spec.Quantize)
        {
            var transposed = Matrices.Transpose(weight.Data, outputs, inputs);
            return _g.Node("Add", [_g.Node("MatMul", [x, _g.Float(prefix + ".weight_t", transposed, inputs, outputs)]), bias]);
        }

        var (values, scales) = Int8Quantizer.PerRow(weight.Data, outputs, inputs);
        var quantized = _g.Int8(prefix + ".weight_t.int8", Matrices.Transpose(values, outputs, inputs), inputs, outputs);
        var zeroPoint = _g.Int8(prefix + ".weight_t.zero", new sbyte[outputs], outputs);
        var dq = _g.Nodes("DynamicQuantizeLinear", [x], 3);
        var product = _g.Node("MatMulInteger", [dq[0], quantized, dq[2], zeroPoint]);
        var asFloat = _g.Node("Cast", [product], ("to", (long)TensorProto.Types.DataType.Float));
        var scale = _g.Node("Mul", [dq[1], _g.Float(prefix + ".weight_t.scale", scales, outputs)]);
        return _g.Node("Add", [_g.Node("Mul", [asFloat, scale]), bias]);
    }
}
