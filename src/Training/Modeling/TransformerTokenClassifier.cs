using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>
/// BERT-style encoder over word pieces plus a casing embedding (the vocabulary is uncased), with a linear
/// token-classification head. Inputs: input_ids, attention_mask and casing_ids [batch, length] int64; output logits.
/// </summary>
public sealed class TransformerTokenClassifier : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly Embedding word_embeddings;
    private readonly Embedding position_embeddings;
    private readonly Embedding casing_embeddings;
    private readonly LayerNorm embedding_norm;
    private readonly ModuleList<EncoderLayer> layers;
    private readonly Dropout dropout;
    private readonly Linear classifier;

    public TransformerTokenClassifier(TransformerConfig config, int labels)
        : base(nameof(TransformerTokenClassifier))
    {
        Config = config;
        Labels = labels;
        word_embeddings = nn.Embedding(config.VocabularySize, config.Hidden);
        position_embeddings = nn.Embedding(config.MaxPositions, config.Hidden);
        casing_embeddings = nn.Embedding(config.CasingClasses, config.Hidden);
        embedding_norm = nn.LayerNorm(config.Hidden, config.LayerNormEpsilon);
        layers = nn.ModuleList(Enumerable.Range(0, config.Layers).Select(_ => new EncoderLayer(config)).ToArray());
        dropout = nn.Dropout(config.Dropout);
        classifier = nn.Linear(config.Hidden, labels);
        RegisterComponents();
    }

    public TransformerConfig Config { get; }

    public int Labels { get; }

    public override Tensor forward(Tensor inputIds, Tensor attentionMask, Tensor casingIds)
    {
        var length = inputIds.shape[1];
        using var positions = arange(length, dtype: ScalarType.Int64, device: inputIds.device).unsqueeze(0);
        var hidden = word_embeddings.forward(inputIds) + position_embeddings.forward(positions) + casing_embeddings.forward(casingIds);
        hidden = dropout.forward(embedding_norm.forward(hidden));
        var additiveMask = (1.0f - attentionMask.to_type(ScalarType.Float32)).mul(-10000.0f).unsqueeze(1).unsqueeze(2);
        foreach (var layer in layers)
        {
            hidden = layer.forward(hidden, additiveMask);
        }

        return classifier.forward(dropout.forward(hidden));
    }
}
