using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>Multi-head self-attention with an additive mask, BERT layout (query/key/value/output dense).</summary>
public sealed class SelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear output;
    private readonly Dropout dropout;
    private readonly int _heads;
    private readonly int _headSize;

    public SelfAttention(TransformerConfig config)
        : base(nameof(SelfAttention))
    {
        _heads = config.Heads;
        _headSize = config.Hidden / config.Heads;
        query = nn.Linear(config.Hidden, config.Hidden);
        key = nn.Linear(config.Hidden, config.Hidden);
        value = nn.Linear(config.Hidden, config.Hidden);
        output = nn.Linear(config.Hidden, config.Hidden);
        dropout = nn.Dropout(config.Dropout);
        RegisterComponents();
    }

    public override Tensor forward(Tensor hidden, Tensor additiveMask)
    {
        var batch = hidden.shape[0];
        var length = hidden.shape[1];
        var q = Split(query.forward(hidden), batch, length);
        var k = Split(key.forward(hidden), batch, length);
        var v = Split(value.forward(hidden), batch, length);
        var scores = q.matmul(k.transpose(-1, -2)).div(Math.Sqrt(_headSize)).add(additiveMask);
        var probabilities = dropout.forward(nn.functional.softmax(scores, -1));
        var context = probabilities.matmul(v).transpose(1, 2).reshape(batch, length, _heads * _headSize);
        return output.forward(context);
    }

    private Tensor Split(Tensor x, long batch, long length) =>
        x.view(batch, length, _heads, _headSize).transpose(1, 2);
}
