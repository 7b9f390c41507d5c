using EntityGraph.Corpus;
using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Training.Fast;

/// <summary>Word and character vocabularies counted over the pre-tokenized words of training examples.</summary>
public static class FastVocabularies
{
    public static (SymbolVocabulary Words, SymbolVocabulary Characters, Dictionary<string, int> WordCounts) Build(
        IEnumerable<TextExample> examples, int minWordCount, int minCharCount, int maxWords = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var characters = new Dictionary<string, int>(StringComparer.Ordinal);
        var spans = new List<WordSpan>();
        foreach (var example in examples)
        {
            spans.Clear();
            PreTokenizer.Split(example.Text, 0, example.Text.Length, spans);
            foreach (var span in spans)
            {
                var word = example.Text.AsSpan(span.Start, span.Length);
                var key = WordNormalizer.Normalize(word);
                words[key] = words.GetValueOrDefault(key) + 1;
                foreach (var rune in word.EnumerateRunes())
                {
                    var symbol = rune.ToString();
                    characters[symbol] = characters.GetValueOrDefault(symbol) + 1;
                }
            }
        }

        return (SymbolVocabulary.Build(words, minWordCount, maxWords), SymbolVocabulary.Build(characters, minCharCount), words);
    }
}
