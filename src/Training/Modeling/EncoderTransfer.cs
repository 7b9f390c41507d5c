using System.Text.Json;
using EntityGraph.Training.Training;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>Copies every parameter except the classification head from a finished run into a new model.</summary>
public static class EncoderTransfer
{
    public static int Apply(TransformerTokenClassifier target, string runDirectory)
    {
        var state = JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(Path.Combine(runDirectory, "training.json")))
            ?? throw new InvalidDataException($"{runDirectory}/training.json is empty.");
        if (state.VocabularySize != target.Config.VocabularySize)
        {
            throw new InvalidDataException($"{runDirectory} has a vocabulary of {state.VocabularySize} pieces, this run {target.Config.VocabularySize}.");
        }

        using var source = new TransformerTokenClassifier(target.Config, state.Labels.Count);
        source.load(Path.Combine(runDirectory, "best.weights"));
        var sourceParameters = source.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var copied = 0;
        using var noGrad = no_grad();
        foreach (var (name, parameter) in target.named_parameters())
        {
            if (name.StartsWith("classifier.", StringComparison.Ordinal) || !sourceParameters.TryGetValue(name, out var value))
            {
                continue;
            }

            parameter.copy_(value);
            copied++;
        }

        return copied;
    }
}
