using EntityGraph.Ner.Decoding;
using static TorchSharp.torch;

namespace EntityGraph.Training.Fast;

/// <summary>Additive IOB2 constraints for CRF training: -10000 on transitions and starts that IOB2 forbids, 0 elsewhere.</summary>
public sealed class CrfConstraints : IDisposable
{
    private const float Forbidden = -10000f;

    public CrfConstraints(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var count = labels.Count;
        var transitions = new float[count * count];
        var start = new float[count];
        for (var to = 0; to < count; to++)
        {
            start[to] = labels.Allowed(-1, to) ? 0f : Forbidden;
            for (var from = 0; from < count; from++)
            {
                transitions[(from * count) + to] = labels.Allowed(from, to) ? 0f : Forbidden;
            }
        }

        Transitions = tensor(transitions, [count, count]);
        Start = tensor(start, [count]);
    }

    public Tensor Transitions { get; }

    public Tensor Start { get; }

    public void Dispose()
    {
        Transitions.Dispose();
        Start.Dispose();
    }
}
