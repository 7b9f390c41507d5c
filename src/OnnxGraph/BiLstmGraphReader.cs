using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Reads a graph written by <see cref="BiLstmGraphWriter"/> back into the TorchSharp module's weights and the spec it
/// was written with, so an exported model can be written again in another storage (int8 values come back exactly).
/// </summary>
public static class BiLstmGraphReader
{
    public static (Dictionary<string, WeightTensor> Weights, BiLstmGraphSpec Spec) Read(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stored = QuantizedInitializers.Read(model.Graph);
        if (!stored.ContainsKey("lstm.l0.W") || !stored.ContainsKey("emissions.weight_t"))
        {
            throw new InvalidDataException("the graph is not a BiLSTM tagger written by this project (no lstm.l0.W or emissions.weight_t)");
        }

        var weights = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var name in new[] { "word_embeddings.weight", "casing_embeddings.weight", "char_embeddings.weight", "char_conv.bias", "emissions.bias" })
        {
            weights[name] = stored[name];
        }

        var conv = stored["char_conv.weight"];
        weights["char_conv.weight"] = new WeightTensor([conv.Shape[0], conv.Shape[1], conv.Shape[3]], conv.Data);
        var projection = stored["emissions.weight_t"];
        weights["emissions.weight"] = new WeightTensor([projection.Shape[1], projection.Shape[0]], Matrices.Transpose(projection.Data, (int)projection.Shape[0], (int)projection.Shape[1]));

        var layers = 0;
        var hidden = (int)stored["lstm.l0.R"].Shape[2];
        for (; stored.TryGetValue($"lstm.l{layers}.W", out var w); layers++)
        {
            var r = stored[$"lstm.l{layers}.R"];
            var b = stored[$"lstm.l{layers}.B"].Data;
            var inputs = (int)w.Shape[2];
            for (var d = 0; d < 2; d++)
            {
                var suffix = d == 0 ? string.Empty : "_reverse";
                weights[$"lstm.weight_ih_l{layers}{suffix}"] = Gates(w.Data.AsSpan(d * 4 * hidden * inputs, 4 * hidden * inputs), hidden, inputs);
                weights[$"lstm.weight_hh_l{layers}{suffix}"] = Gates(r.Data.AsSpan(d * 4 * hidden * hidden, 4 * hidden * hidden), hidden, hidden);
                weights[$"lstm.bias_ih_l{layers}{suffix}"] = Gates(b.AsSpan(d * 8 * hidden, 4 * hidden), hidden, 1);
                weights[$"lstm.bias_hh_l{layers}{suffix}"] = Gates(b.AsSpan((d * 8 * hidden) + (4 * hidden), 4 * hidden), hidden, 1);
            }
        }

        var names = model.Graph.Initializer.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var spec = new BiLstmGraphSpec(
            layers, hidden, (int)weights["emissions.bias"].Shape[0], (int)conv.Shape[3],
            Quantize: names.Contains("lstm.l0.W.int8"),
            PackWordEmbeddings: names.Contains("word_embeddings.weight" + PackedEmbedding.ValuesSuffix));
        return (weights, spec);
    }

    /// <summary>One direction's ONNX gate blocks (i, o, f, c) back in torch order (i, f, c, o), shaped [4 * hidden, columns] (bias: [4 * hidden]).</summary>
    private static WeightTensor Gates(ReadOnlySpan<float> onnx, int hidden, int columns)
    {
        var block = hidden * columns;
        var torch = new float[4 * block];
        for (var gate = 0; gate < 4; gate++)
        {
            onnx.Slice(gate * block, block).CopyTo(torch.AsSpan(BiLstmGraphWriter.TorchGateOfOnnxGate[gate] * block));
        }

        return new WeightTensor(columns == 1 ? [4 * hidden] : [4 * hidden, columns], torch);
    }
}
