using EntityGraph.Ner.Encoding;
using EntityGraph.Training.Modeling;
using static TorchSharp.torch;

namespace EntityGraph.Training.Training;

/// <summary>Scores model windows with the TorchSharp model in evaluation mode; returns logits [length, labels] per window.</summary>
public sealed class TorchWindowScorer(TransformerTokenClassifier model, int padId)
{
    public List<float[]> Score(IReadOnlyList<NerWindow> windows)
    {
        var results = new List<float[]>(windows.Count);
        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var items = windows.Select(w => new TrainItem(w.InputIds, w.CasingIds, new long[w.Length])).ToList();
        var (ids, mask, casing, _) = Batches.ToTensors(items, padId);
        var logits = model.forward(ids, mask, casing);
        var length = (int)logits.shape[1];
        var labels = (int)logits.shape[2];
        var flat = logits.contiguous().data<float>().ToArray();
        for (var b = 0; b < windows.Count; b++)
        {
            var size = windows[b].Length * labels;
            results.Add(flat.AsSpan(b * length * labels, size).ToArray());
        }

        return results;
    }
}
