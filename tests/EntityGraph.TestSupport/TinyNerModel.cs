using System.Text.Json;
using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;

namespace EntityGraph.TestSupport;

/// <summary>
/// Builds a tiny but real transformer NER model folder for tests (ONNX graph of the production architecture, hidden 8,
/// one layer). Its weights make the casing signal decide: ALL-CAPS words are ORG, Title-case words are PER, the rest O.
/// So "ACME hired Anna" yields ORG "ACME" and PER "Anna" through the full runtime path.
/// </summary>
public static class TinyNerModel
{
    public const string ModelId = "tiny-casing";
    public static readonly string[] Labels = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER"];
    private const int Hidden = 8;

    /// <summary>Writes models/{id}/ and models/manifest.json (routing <paramref name="languages"/>, and the fallback) under <paramref name="modelsDirectory"/>.</summary>
    public static string Create(string modelsDirectory, IReadOnlyList<string>? languages = null, bool quantize = false)
    {
        var folder = Path.Combine(modelsDirectory, ModelId);
        var config = CreateFolder(folder, ModelId, Labels, languages ?? ["en"], quantize);
        var manifest = new ModelManifest
        {
            Models = [new ManifestModel { Id = ModelId, Path = ModelId, Languages = config.Languages }],
            Routes = (languages ?? ["en"]).ToDictionary(l => l, _ => new LanguageRoute(ModelId)),
            Fallback = ModelId,
        };
        File.WriteAllText(Path.Combine(modelsDirectory, "manifest.json"), JsonSerializer.Serialize(manifest, ModelConfig.Json));
        return folder;
    }

    /// <summary>
    /// Writes one model folder (no manifest): the same casing weights under other labels, e.g. B-party/I-party for
    /// ALL-CAPS words and B-politician/I-politician for Title-case ones, to stand for a retrained model with new types.
    /// </summary>
    public static ModelConfig CreateFolder(string folder, string modelId, IReadOnlyList<string> labels, IReadOnlyList<string> languages, bool quantize = false)
    {
        if (labels.Count != Labels.Length)
        {
            throw new ArgumentException($"The tiny model has {Labels.Length} labels (O, B-/I- of two types).", nameof(labels));
        }

        Directory.CreateDirectory(folder);
        var vocabulary = new[] { "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "a", "of", "in", ".", ",", "acme", "anna", "hired", "berlin" };
        File.WriteAllLines(Path.Combine(folder, "vocab.txt"), vocabulary);
        TransformerGraphWriter.Write(Path.Combine(folder, "model.onnx"), Weights(vocabulary.Length), new TransformerGraphSpec(Hidden, 1, 2, Labels.Length, 1e-5f, quantize));
        var config = new ModelConfig { Id = modelId, Architecture = "transformer-token-classifier", Languages = languages, Labels = [.. labels], MaxLength = 32, Quantized = quantize };
        File.WriteAllText(Path.Combine(folder, "config.json"), JsonSerializer.Serialize(config, ModelConfig.Json));
        return config;
    }

    private static Dictionary<string, WeightTensor> Weights(int vocabularySize)
    {
        var w = new Dictionary<string, WeightTensor>
        {
            ["word_embeddings.weight"] = Zeros(vocabularySize, Hidden),
            ["position_embeddings.weight"] = Zeros(64, Hidden),
            ["embedding_norm.weight"] = Ones(Hidden),
            ["embedding_norm.bias"] = Zeros(Hidden),
        };
        var casing = new float[5 * Hidden];
        for (var c = 0; c < 5; c++)
        {
            casing[(c * Hidden) + c] = 4f;
            casing[(c * Hidden) + ((c + 5) % Hidden)] = -4f;
        }

        w["casing_embeddings.weight"] = new WeightTensor([5, Hidden], casing);
        foreach (var name in new[] { "attention.query", "attention.key", "attention.value", "attention.output" })
        {
            w[$"layers.0.{name}.weight"] = Zeros(Hidden, Hidden);
            w[$"layers.0.{name}.bias"] = Zeros(Hidden);
        }

        w["layers.0.intermediate.weight"] = Zeros(16, Hidden);
        w["layers.0.intermediate.bias"] = Zeros(16);
        w["layers.0.output.weight"] = Zeros(Hidden, 16);
        w["layers.0.output.bias"] = Zeros(Hidden);
        foreach (var norm in new[] { "attention_norm", "output_norm" })
        {
            w[$"layers.0.{norm}.weight"] = Ones(Hidden);
            w[$"layers.0.{norm}.bias"] = Zeros(Hidden);
        }

        var classifier = new float[Labels.Length * Hidden];
        classifier[(0 * Hidden) + 0] = 3f;
        classifier[(0 * Hidden) + 1] = 3f;
        classifier[(0 * Hidden) + 4] = 3f;
        classifier[(1 * Hidden) + 3] = 3f;
        classifier[(3 * Hidden) + 2] = 3f;
        w["classifier.weight"] = new WeightTensor([Labels.Length, Hidden], classifier);
        w["classifier.bias"] = Zeros(Labels.Length);
        return w;
    }

    private static WeightTensor Zeros(params long[] shape) => new(shape, new float[shape.Aggregate(1L, (a, b) => a * b)]);

    private static WeightTensor Ones(params long[] shape) => new(shape, Enumerable.Repeat(1f, (int)shape.Aggregate(1L, (a, b) => a * b)).ToArray());
}
