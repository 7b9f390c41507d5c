namespace EntityGraph.Ner.Models;

/// <summary>The values of <see cref="ModelConfig.Architecture"/> the runtime can serve.</summary>
public static class ModelArchitectures
{
    /// <summary>WordPiece transformer token classifier: inputs input_ids, attention_mask, casing_ids; output logits.</summary>
    public const string Transformer = "transformer-token-classifier";

    /// <summary>Word-level BiLSTM with character and casing features: inputs word_ids, char_ids, casing_ids, sequence_lens; output emissions decoded with a CRF.</summary>
    public const string BiLstmCrf = "bilstm-crf";
}
