namespace EntityGraph.Text.Tokenization;

/// <summary>Names of the WordPiece normalizations a model's config.json can ask for.</summary>
public static class WordPieceNormalizations
{
    /// <summary>BERT uncased: lower-case and drop every non-spacing mark.</summary>
    public const string Uncased = "wordpiece-uncased";

    /// <summary>Lower-case and drop accents on Latin, Greek and Cyrillic only; marks of other scripts (Devanagari, Arabic...) stay.</summary>
    public const string UncasedKeepScriptMarks = "wordpiece-uncased-keep-script-marks";

    /// <summary>Builds the tokenizer a normalization name stands for.</summary>
    /// <exception cref="ArgumentException">The name is not one of the known normalizations.</exception>
    public static WordPieceTokenizer CreateTokenizer(string name, WordPieceVocabulary vocabulary) => name switch
    {
        Uncased => new WordPieceTokenizer(vocabulary, stripAllMarks: true),
        UncasedKeepScriptMarks => new WordPieceTokenizer(vocabulary, stripAllMarks: false),
        _ => throw new ArgumentException($"Unknown tokenizer '{name}' (expected {Uncased} or {UncasedKeepScriptMarks}).", nameof(name)),
    };
}
