using EntityGraph.Ner.Models;
using Onnx;

namespace EntityGraph.Training.BaseModels;

/// <summary>
/// A transformer model folder exported by this project (config.json, model.onnx, vocab.txt), read back so that training
/// can continue from a shipped model when its run folder is gone. Weights come from the ONNX initializers under the
/// TorchSharp module's names; int8 matrices are dequantized with their per-row scales.
/// </summary>
public sealed class ExportedTransformer
{
    private ExportedTransformer(ModelConfig config, IReadOnlyDictionary<string, NamedTensor> weights)
    {
        Config = config;
        Weights = weights;
    }

    public ModelConfig Config { get; }

    /// <summary>Parameters by TorchSharp name; matrices as [out, in] like torch Linear weights.</summary>
    public IReadOnlyDictionary<string, NamedTensor> Weights { get; }

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
        var graph = ModelProto.Parser.ParseFrom(stream).Graph;
        return new ExportedTransformer(config, ReadWeights(graph));
    }

    private static Dictionary<string, NamedTensor> ReadWeights(GraphProto graph)
    {
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var weights = new Dictionary<string, NamedTensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in initializers)
        {
            var isFloat = tensor.DataType == (int)TensorProto.Types.DataType.Float;
            var isInt8 = tensor.DataType == (int)TensorProto.Types.DataType.Int8;
            if (isInt8 && name.EndsWith(".weight_t.int8", StringComparison.Ordinal))
            {
                var prefix = name[..^".int8".Length];
                weights[name[..^"_t.int8".Length]] = Dequantize(tensor, Floats(initializers[prefix + ".scale"])).Transposed();
            }
            else if (isInt8 && name.EndsWith(".int8", StringComparison.Ordinal))
            {
                var table = Dequantize(tensor, Floats(initializers[name[..^".int8".Length] + ".scale"]), perColumn: false);
                weights[name[..^".int8".Length]] = table;
            }
            else if (isFloat && name.EndsWith(".weight_t", StringComparison.Ordinal))
            {
                weights[name[..^"_t".Length]] = new NamedTensor(tensor.Dims.ToArray(), Floats(tensor)).Transposed();
            }
            else if (isFloat && name.Contains('.', StringComparison.Ordinal) && !name.EndsWith(".scale", StringComparison.Ordinal))
            {
                weights[name] = new NamedTensor(tensor.Dims.ToArray(), Floats(tensor));
            }
        }

        return weights;
    }

    /// <summary>
    /// Int8 values times their scales: one per column for dense weights stored transposed ([in, out], a scale per
    /// output), one per row for embedding tables.
    /// </summary>
    private static NamedTensor Dequantize(TensorProto tensor, float[] scales, bool perColumn = true)
    {
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(tensor.RawData.Span);
        var columns = (int)tensor.Dims[1];
        var data = new float[values.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = values[i] * scales[perColumn ? i % columns : i / columns];
        }

        return new NamedTensor(tensor.Dims.ToArray(), data);
    }

    private static float[] Floats(TensorProto tensor) => tensor.RawData.Length > 0
        ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray()
        : tensor.FloatData.ToArray();
}
