using System.Runtime.InteropServices;
using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// Reads the weights of a graph written by this project back as float tensors under their base names: float
/// initializers as they are, int8 ones (<c>{name}.int8</c>) times <c>{name}.scale</c> (one scale per row when the scale's
/// last dimension is 1, else one per column), and 4-bit tables (<see cref="PackedEmbedding"/>) unpacked.
/// </summary>
public static class QuantizedInitializers
{
    private const string Int8Suffix = ".int8";
    private const string ScaleSuffix = ".scale";

    public static Dictionary<string, WeightTensor> Read(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var weights = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in initializers)
        {
            if (tensor.DataType == (int)TensorProto.Types.DataType.Int8 && name.EndsWith(Int8Suffix, StringComparison.Ordinal))
            {
                var baseName = name[..^Int8Suffix.Length];
                weights[baseName] = Dequantize(tensor, Required(initializers, baseName + ScaleSuffix));
            }
            else if (tensor.DataType == (int)TensorProto.Types.DataType.Uint8 && name.EndsWith(PackedEmbedding.ValuesSuffix, StringComparison.Ordinal))
            {
                var baseName = name[..^PackedEmbedding.ValuesSuffix.Length];
                var scales = MemoryMarshal.Cast<byte, Half>(Required(initializers, baseName + PackedEmbedding.ScalesSuffix).RawData.Span);
                weights[baseName] = new WeightTensor([tensor.Dims[0], tensor.Dims[1] * 2], Int4Quantizer.Unpack(tensor.RawData.Span, scales));
            }
            else if (tensor.DataType == (int)TensorProto.Types.DataType.Float && !name.EndsWith(ScaleSuffix, StringComparison.Ordinal))
            {
                weights[name] = new WeightTensor(tensor.Dims.ToArray(), InitializerData.Floats(tensor));
            }
        }

        return weights;
    }

    private static WeightTensor Dequantize(TensorProto values, TensorProto scaleTensor)
    {
        var raw = MemoryMarshal.Cast<byte, sbyte>(values.RawData.Span);
        var scales = InitializerData.Floats(scaleTensor);
        var columns = (int)values.Dims[^1];
        var perRow = scaleTensor.Dims[^1] == 1;
        var data = new float[raw.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = raw[i] * scales[perRow ? i / columns : i % columns];
        }

        return new WeightTensor(values.Dims.ToArray(), data);
    }

    private static TensorProto Required(Dictionary<string, TensorProto> initializers, string name) =>
        initializers.TryGetValue(name, out var tensor) ? tensor : throw new InvalidDataException($"the graph has no initializer '{name}' for its quantized values");
}
