using System.Runtime.InteropServices;
using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>Values of ONNX initializers, whichever of a tensor's fields holds them.</summary>
public static class InitializerData
{
    public static float[] Floats(TensorProto tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : tensor.FloatData.ToArray();
    }
}
