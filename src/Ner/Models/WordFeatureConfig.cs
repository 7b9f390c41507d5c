namespace EntityGraph.Ner.Models;

/// <summary>
/// How a bilstm-crf model turns pre-tokenized words into ids: a word vocabulary of lower-cased words with digits mapped
/// to 0 (<see cref="Words"/>, one per line, line 0 padding and line 1 unknown), a character vocabulary of Unicode scalar
/// values (<see cref="Characters"/>, same layout), and the word casing class.
/// </summary>
public sealed record WordFeatureConfig
{
    public string Words { get; init; } = "words.txt";

    public string Characters { get; init; } = "chars.txt";

    /// <summary>Longer words keep their first and last characters up to this many.</summary>
    public int MaxWordCharacters { get; init; } = 20;

    /// <summary>Longer sentences are cut into overlapping chunks of at most this many words.</summary>
    public int MaxSequenceWords { get; init; } = 200;

    /// <summary>
    /// A word that is a single ideograph or kana (text written without spaces, one character per word) also gets the
    /// nearest characters of up to this many words on each side in its character sequence, so that the character CNN
    /// sees bigrams and trigrams. 0 (models exported before this setting existed) keeps each word's own characters.
    /// </summary>
    public int ContextCharacters { get; init; }
}
