using System.Text.Json;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;

namespace EntityGraph.TestSupport;

/// <summary>
/// Builds a tiny but real bilstm-crf model folder for tests: the production ONNX graph (ONNX LSTM operator) with hand-set
/// weights that let the casing signal decide. The forward LSTM keeps no memory and turns the casing embedding into two
/// units (UPPER, Title) that the emission layer maps to B-ORG and B-PER; everything else is O. Transitions are zero except
/// a small bonus for O to O. So "ACME hired Anna" yields ORG "ACME" and PER "Anna" through the full runtime path.
/// </summary>
public static class TinyBiLstmModel
{
    public const string ModelId = "tiny-bilstm";
    public static readonly string[] Labels = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER"];
    private const int Hidden = 2;
    private const int WordDim = 4;
    private const int CharDim = 2;
    private const int CharFilters = 2;
    private const int CasingDim = 5;

    /// <summary>Writes {modelsDirectory}/tiny-bilstm/ (model.onnx, config.json, words.txt, chars.txt) and returns the folder.</summary>
    public static string Create(string modelsDirectory, IReadOnlyList<string>? languages = null, int maxSequenceWords = 200, bool quantize = false)
    {
        var folder = Path.Combine(modelsDirectory, ModelId);
        Directory.CreateDirectory(folder);
        var words = new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "the", "acme", "anna", "hired", "in", "berlin", "."]);
        var characters = new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "a", "c", "e", "m", "n", "A", "C", "E", "M"]);
        var features = new WordFeatureConfig { MaxWordCharacters = 8, MaxSequenceWords = maxSequenceWords };
        words.Save(Path.Combine(folder, features.Words));
        characters.Save(Path.Combine(folder, features.Characters));
        BiLstmGraphWriter.Write(Path.Combine(folder, "model.onnx"), Weights(words.Count, characters.Count), new BiLstmGraphSpec(1, Hidden, Labels.Length, 3, quantize));
        var transitions = Labels.Select(_ => new float[Labels.Length]).ToArray();
        transitions[0][0] = 0.1f;
        var config = new ModelConfig
        {
            Id = ModelId,
            Architecture = ModelArchitectures.BiLstmCrf,
            Languages = languages ?? ["en"],
            Labels = Labels,
            MaxLength = maxSequenceWords,
            Tokenizer = "pretokenizer-words",
            Vocabulary = features.Words,
            Quantized = quantize,
            WordFeatures = features,
            Crf = new CrfConfig { Transitions = transitions, Start = new float[Labels.Length], End = new float[Labels.Length] },
        };
        File.WriteAllText(Path.Combine(folder, "config.json"), JsonSerializer.Serialize(config, ModelConfig.Json));
        return folder;
    }

    /// <summary>Adds the model to {modelsDirectory}/manifest.json as the FAST route of <paramref name="languages"/>.</summary>
    public static void RegisterAsFast(string modelsDirectory, IReadOnlyList<string> languages)
    {
        var path = Path.Combine(modelsDirectory, "manifest.json");
        var manifest = ModelManifest.Load(path);
        var routes = manifest.Routes.ToDictionary(r => r.Key, r => r.Value);
        foreach (var language in languages)
        {
            routes[language] = routes[language] with { Fast = ModelId };
        }

        var updated = manifest with
        {
            Models = [.. manifest.Models, new ManifestModel { Id = ModelId, Path = ModelId, Languages = languages, Tier = "fast" }],
            Routes = routes,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(updated, ModelConfig.Json));
    }

    private static Dictionary<string, WeightTensor> Weights(int words, int characters)
    {
        var input = WordDim + CharFilters + CasingDim;
        var casing = new float[5 * CasingDim];
        for (var c = 0; c < 5; c++)
        {
            casing[(c * CasingDim) + c] = 1f;
        }

        var w = new Dictionary<string, WeightTensor>
        {
            ["word_embeddings.weight"] = Zeros(words, WordDim),
            ["char_embeddings.weight"] = Zeros(characters, CharDim),
            ["char_conv.weight"] = Zeros(CharFilters, CharDim, 3),
            ["char_conv.bias"] = Zeros(CharFilters),
            ["casing_embeddings.weight"] = new([5, CasingDim], casing),
            ["emissions.bias"] = new([Labels.Length], [1f, 0f, -5f, 0f, -5f]),
        };

        // Torch gate order: input, forget, cell, output; rows gate * Hidden + unit.
        var inputWeights = new float[4 * Hidden * input];
        var bias = new float[4 * Hidden];
        for (var unit = 0; unit < Hidden; unit++)
        {
            bias[(0 * Hidden) + unit] = 10f;
            bias[(1 * Hidden) + unit] = -10f;
            bias[(3 * Hidden) + unit] = 10f;
        }

        var casingOffset = WordDim + CharFilters;
        inputWeights[(((2 * Hidden) + 0) * input) + casingOffset + 3] = 3f;
        inputWeights[(((2 * Hidden) + 1) * input) + casingOffset + 2] = 3f;
        foreach (var suffix in new[] { string.Empty, "_reverse" })
        {
            w[$"lstm.weight_ih_l0{suffix}"] = suffix.Length == 0 ? new WeightTensor([4 * Hidden, input], inputWeights) : Zeros(4 * Hidden, input);
            w[$"lstm.weight_hh_l0{suffix}"] = Zeros(4 * Hidden, Hidden);
            w[$"lstm.bias_ih_l0{suffix}"] = new WeightTensor([4 * Hidden], bias);
            w[$"lstm.bias_hh_l0{suffix}"] = Zeros(4 * Hidden);
        }

        var emissions = new float[Labels.Length * 2 * Hidden];
        emissions[(1 * 2 * Hidden) + 0] = 4f;
        emissions[(3 * 2 * Hidden) + 1] = 4f;
        w["emissions.weight"] = new WeightTensor([Labels.Length, 2 * Hidden], emissions);
        return w;
    }

    private static WeightTensor Zeros(params long[] shape) => new(shape, new float[shape.Aggregate(1L, (a, b) => a * b)]);
}
