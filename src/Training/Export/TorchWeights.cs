using EntityGraph.OnnxGraph;
using TorchSharp;

namespace EntityGraph.Training.Export;

/// <summary>Copies a module's parameters out of libtorch into plain arrays for the ONNX writers.</summary>
public static class TorchWeights
{
    public static Dictionary<string, WeightTensor> From(torch.nn.Module module)
    {
        var weights = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in module.state_dict())
        {
            if (tensor.dtype != torch.ScalarType.Float32)
            {
                continue;
            }

            weights[name] = new WeightTensor(tensor.shape, tensor.contiguous().data<float>().ToArray());
        }

        return weights;
    }
}
