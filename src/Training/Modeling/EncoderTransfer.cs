using EntityGraph.Training.BaseModels;
using EntityGraph.Training.Training;
using static TorchSharp.torch;

namespace EntityGraph.Training.Modeling;

/// <summary>
/// Copies every parameter except the classification head from a finished run, or from an exported model folder
/// (<see cref="ExportedTransformer"/>), into a new model.
/// </summary>
public static class EncoderTransfer
{
    /// <param name="target">The new model.</param>
    /// <param name="source">The finished run (training.json, best.weights) or exported model folder (config.json, model.onnx).</param>
    /// <param name="targetLabels">The new model's labels: the head is copied too when they equal the source's.</param>
    public static int Apply(TransformerTokenClassifier target, string source, IReadOnlyList<string>? targetLabels = null)
    {
        using var scope = NewDisposeScope();
        var (labels, vocabularySize, parameters) = ExportedTransformer.IsModelFolder(source) ? FromExport(source) : FromRun(target, source);
        if (vocabularySize > target.Config.VocabularySize)
        {
            throw new InvalidDataException($"{source} has a vocabulary of {vocabularySize} pieces, more than this run's {target.Config.VocabularySize}.");
        }

        var sameHead = targetLabels is not null && targetLabels.SequenceEqual(labels);
        var copied = 0;
        using var noGrad = no_grad();
        foreach (var (name, parameter) in target.named_parameters())
        {
            if ((name.StartsWith("classifier.", StringComparison.Ordinal) && !sameHead) || !parameters.TryGetValue(name, out var value))
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

    private static (IReadOnlyList<string> Labels, long VocabularySize, Dictionary<string, Tensor> Parameters) FromRun(TransformerTokenClassifier target, string runDirectory)
    {
        var state = TrainingState.Load(runDirectory);
        var source = new TransformerTokenClassifier(target.Config with { VocabularySize = state.VocabularySize }, state.Labels.Count);
        source.load(Path.Combine(runDirectory, "best.weights"));
        return (state.Labels, state.VocabularySize, source.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter));
    }

    private static (IReadOnlyList<string> Labels, long VocabularySize, Dictionary<string, Tensor> Parameters) FromExport(string folder)
    {
        var exported = ExportedTransformer.Load(folder);
        var parameters = exported.Weights.ToDictionary(w => w.Key, w => tensor(w.Value.Data, w.Value.Shape), StringComparer.Ordinal);
        return (exported.Config.Labels, exported.Weights["word_embeddings.weight"].Shape[0], parameters);
    }
}
