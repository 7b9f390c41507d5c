using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Reads a graph written by <see cref="TransformerGraphWriter"/> back into the TorchSharp module's weights (dense
/// matrices as [out, in]) and the spec it was written with: heads from the attention reshape, the layer norm epsilon
/// from its node, int8 and 4-bit storage from the initializers.
/// </summary>
public static class TransformerGraphReader
{
    private const string WordEmbeddings = "word_embeddings.weight";

    public static (Dictionary<string, WeightTensor> Weights, TransformerGraphSpec Spec) Read(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph;
        var weights = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in QuantizedInitializers.Read(graph))
        {
            if (name.EndsWith(".weight_t", StringComparison.Ordinal))
            {
                var (inputs, outputs) = ((int)tensor.Shape[0], (int)tensor.Shape[1]);
                weights[name[..^"_t".Length]] = new WeightTensor([outputs, inputs], Matrices.Transpose(tensor.Data, inputs, outputs));
            }
            else if (name.Contains('.', StringComparison.Ordinal))
            {
                weights[name] = tensor;
            }
        }

        if (!weights.TryGetValue(WordEmbeddings, out var words) || !weights.TryGetValue("classifier.bias", out var classifier))
        {
            throw new InvalidDataException("the graph is not a transformer tagger written by this project (no word_embeddings.weight or classifier.bias)");
        }

        var split = graph.Initializer.First(i => i.Name.StartsWith("split_shape_", StringComparison.Ordinal)).Int64Data;
        var norm = graph.Node.First(n => n.OpType == "LayerNormalization").Attribute.Single(a => a.Name == "epsilon").F;
        var names = graph.Initializer.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var spec = new TransformerGraphSpec(
            (int)words.Shape[1],
            weights.Keys.Count(k => k.EndsWith(".attention.query.weight", StringComparison.Ordinal)),
            (int)split[2],
            (int)classifier.Shape[0],
            norm,
            Quantize: names.Any(n => n.EndsWith(".weight_t.int8", StringComparison.Ordinal)),
            PackWordEmbeddings: names.Contains(WordEmbeddings + PackedEmbedding.ValuesSuffix));
        return (weights, spec);
    }
}
