using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;
using Onnx;

namespace EntityGraph.Training.BaseModels;

/// <summary>
/// A transformer model folder exported by this project (config.json, model.onnx, vocab.txt), read back so that training
/// can continue from a shipped model when its run folder is gone. Weights come from the ONNX initializers under the
/// TorchSharp module's names; int8 and 4-bit matrices are dequantized (<see cref="TransformerGraphReader"/>).
/// </summary>
public sealed class ExportedTransformer
{
    private ExportedTransformer(ModelConfig config, IReadOnlyDictionary<string, NamedTensor> weights, TransformerGraphSpec spec)
    {
        Config = config;
        Weights = weights;
        Spec = spec;
    }

    public ModelConfig Config { get; }

    /// <summary>Parameters by TorchSharp name; matrices as [out, in] like torch Linear weights.</summary>
    public IReadOnlyDictionary<string, NamedTensor> Weights { get; }

    /// <summary>The shape and storage the graph was written with.</summary>
    public TransformerGraphSpec Spec { get; }

    /// <summary>True for an exported model folder, false for a training run folder (training.json).</summary>
    public static bool IsModelFolder(string folder) =>
        File.Exists(Path.Combine(folder, "config.json")) && !File.Exists(Path.Combine(folder, Training.TrainingState.FileName));

    public static ExportedTransformer Load(string folder)
    {
        var config = ModelConfig.Load(folder);
        if (config.Architecture != ModelArchitectures.Transformer)
        {
            throw new InvalidDataException($"{folder} holds a {config.Architecture} model; only {ModelArchitectures.Transformer} models can seed a transformer run.");
        }

        using var stream = File.OpenRead(Path.Combine(folder, config.File));
        var (weights, spec) = TransformerGraphReader.Read(ModelProto.Parser.ParseFrom(stream));
        return new ExportedTransformer(config, weights.ToDictionary(w => w.Key, w => new NamedTensor(w.Value.Shape, w.Value.Data), StringComparer.Ordinal), spec);
    }
}
