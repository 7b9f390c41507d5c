using System.Text.Json;
using EntityGraph.Training.Training;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>Copies every parameter except the classification head from a finished run into a new model.</summary>
public static class EncoderTransfer
{
    /// <param name="target">The new model.</param>
    /// <param name="runDirectory">The finished run.</param>
    /// <param name="targetLabels">The new model's labels: the head is copied too when they equal the source's.</param>
    public static int Apply(TransformerTokenClassifier target, string runDirectory, IReadOnlyList<string>? targetLabels = null)
    {
        var state = JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(Path.Combine(runDirectory, "training.json")))
            ?? throw new InvalidDataException($"{runDirectory}/training.json is empty.");
        if (state.VocabularySize > target.Config.VocabularySize)
        {
            throw new InvalidDataException($"{runDirectory} has a vocabulary of {state.VocabularySize} pieces, more than this run's {target.Config.VocabularySize}.");
        }

        var sameHead = targetLabels is not null && targetLabels.SequenceEqual(state.Labels);
        using var source = new TransformerTokenClassifier(target.Config with { VocabularySize = state.VocabularySize }, state.Labels.Count);
        source.load(Path.Combine(runDirectory, "best.weights"));
        var sourceParameters = source.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var copied = 0;
        using var noGrad = no_grad();
        foreach (var (name, parameter) in target.named_parameters())
        {
            if ((name.StartsWith("classifier.", StringComparison.Ordinal) && !sameHead) || !sourceParameters.TryGetValue(name, out var value))
            {
                continue;
            }

            if (name == "word_embeddings.weight")
            {
                EmbeddingRows.Copy(parameter, value);
            }
            else
            {
                parameter.copy_(value);
            }

            copied++;
        }

        return copied;
    }
}
