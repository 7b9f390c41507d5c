using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>One post-norm transformer layer: attention, residual, LayerNorm, GELU feed-forward, residual, LayerNorm.</summary>
public sealed class EncoderLayer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly SelfAttention attention;
    private readonly LayerNorm attention_norm;
    private readonly Linear intermediate;
    private readonly Linear output;
    private readonly LayerNorm output_norm;
    private readonly Dropout dropout;

    public EncoderLayer(TransformerConfig config)
        : base(nameof(EncoderLayer))
    {
        attention = new SelfAttention(config);
        attention_norm = nn.LayerNorm(config.Hidden, config.LayerNormEpsilon);
        intermediate = nn.Linear(config.Hidden, config.Intermediate);
        output = nn.Linear(config.Intermediate, config.Hidden);
        output_norm = nn.LayerNorm(config.Hidden, config.LayerNormEpsilon);
        dropout = nn.Dropout(config.Dropout);
        RegisterComponents();
    }

    public override Tensor forward(Tensor hidden, Tensor additiveMask)
    {
        var attended = attention_norm.forward(hidden + dropout.forward(attention.forward(hidden, additiveMask)));
        var expanded = nn.functional.gelu(intermediate.forward(attended));
        return output_norm.forward(attended + dropout.forward(output.forward(expanded)));
    }
}
