using EntityGraph.Ner.Encoding;
using static TorchSharp.torch;

namespace EntityGraph.Training.Fast;

/// <summary>Scores word chunks with the TorchSharp tagger in evaluation mode; returns emissions [length, labels] per chunk.</summary>
public sealed class TorchSequenceScorer(BiLstmCrfTagger model)
{
    public List<float[]> Score(IReadOnlyList<WordChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var results = new List<float[]>(chunks.Count);
        if (chunks.Count == 0)
        {
            return results;
        }

        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var (words, chars, casing, lengths) = FastBatches.Inputs(chunks);
        var emissions = model.forward(words, chars, casing, lengths);
        var length = (int)emissions.shape[1];
        var labels = (int)emissions.shape[2];
        var flat = emissions.contiguous().data<float>().ToArray();
        for (var b = 0; b < chunks.Count; b++)
        {
            results.Add(flat.AsSpan(b * length * labels, chunks[b].Length * labels).ToArray());
        }

        return results;
    }
}
