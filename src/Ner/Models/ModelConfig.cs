using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityGraph.Ner.Models;

/// <summary>The config.json of a model folder: what the runtime needs to feed the ONNX graph and read its output.</summary>
public sealed record ModelConfig
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Id { get; init; }

    /// <summary>One of <see cref="ModelArchitectures"/>: transformer-token-classifier or bilstm-crf.</summary>
    public required string Architecture { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public int MaxLength { get; init; } = 128;

    public string Tokenizer { get; init; } = EntityGraph.Text.Tokenization.WordPieceNormalizations.Uncased;

    public string Vocabulary { get; init; } = "vocab.txt";

    public string File { get; init; } = "model.onnx";

    public bool Quantized { get; init; }

    /// <summary>Word and character vocabularies of a bilstm-crf model.</summary>
    public WordFeatureConfig? WordFeatures { get; init; }

    /// <summary>CRF transition scores of a bilstm-crf model.</summary>
    public CrfConfig? Crf { get; init; }

    /// <summary>
    /// Other bilstm-crf model folders (relative to this one, e.g. <c>../fr-bilstm</c>) whose graphs score every batch
    /// with this folder's own; the emissions of all are averaged. An ensemble that reuses a shipped model's files.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Members { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    public static ModelConfig Load(string folder)
    {
        var path = Path.Combine(folder, "config.json");
        return JsonSerializer.Deserialize<ModelConfig>(System.IO.File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
