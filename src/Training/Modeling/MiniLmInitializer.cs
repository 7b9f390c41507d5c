using EntityGraph.Training.BaseModels;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>Copies pretrained MiniLM weights into a <see cref="TransformerTokenClassifier"/>; the casing table starts from token type 0.</summary>
public static class MiniLmInitializer
{
    public static int Apply(TransformerTokenClassifier model, MiniLmBase pretrained)
    {
        var copied = 0;
        using var noGrad = no_grad();
        foreach (var (name, parameter) in model.named_parameters())
        {
            var source = SourceName(name);
            if (source is null || !pretrained.Weights.TryGetValue(source, out var weights))
            {
                continue;
            }

            if (name == "casing_embeddings.weight")
            {
                var row = weights.Data.AsSpan(0, (int)weights.Shape[1]).ToArray();
                for (var r = 0; r < parameter.shape[0]; r++)
                {
                    parameter[r].copy_(tensor(row));
                }
            }
            else if (name == "word_embeddings.weight")
            {
                using var t = tensor(weights.Data, weights.Shape);
                EmbeddingRows.Copy(parameter, t);
            }
            else
            {
                using var t = tensor(weights.Data, weights.Shape);
                parameter.copy_(t);
            }

            copied++;
        }

        return copied;
    }

    private static string? SourceName(string name)
    {
        if (name.StartsWith("layers.", StringComparison.Ordinal))
        {
            var parts = name.Split('.');
            var layer = parts[1];
            var rest = string.Join('.', parts.Skip(2));
            var prefix = $"encoder.layer.{layer}.";
            return rest switch
            {
                _ when rest.StartsWith("attention.query.", StringComparison.Ordinal) => prefix + "attention.self.query." + parts[^1],
                _ when rest.StartsWith("attention.key.", StringComparison.Ordinal) => prefix + "attention.self.key." + parts[^1],
                _ when rest.StartsWith("attention.value.", StringComparison.Ordinal) => prefix + "attention.self.value." + parts[^1],
                _ when rest.StartsWith("attention.output.", StringComparison.Ordinal) => prefix + "attention.output.dense." + parts[^1],
                _ when rest.StartsWith("attention_norm.", StringComparison.Ordinal) => prefix + "attention.output.LayerNorm." + parts[^1],
                _ when rest.StartsWith("intermediate.", StringComparison.Ordinal) => prefix + "intermediate.dense." + parts[^1],
                _ when rest.StartsWith("output.", StringComparison.Ordinal) => prefix + "output.dense." + parts[^1],
                _ when rest.StartsWith("output_norm.", StringComparison.Ordinal) => prefix + "output.LayerNorm." + parts[^1],
                _ => null,
            };
        }

        return name switch
        {
            "word_embeddings.weight" => "embeddings.word_embeddings.weight",
            "position_embeddings.weight" => "embeddings.position_embeddings.weight",
            "casing_embeddings.weight" => "embeddings.token_type_embeddings.weight",
            "embedding_norm.weight" => "embeddings.LayerNorm.weight",
            "embedding_norm.bias" => "embeddings.LayerNorm.bias",
            _ => null,
        };
    }
}
