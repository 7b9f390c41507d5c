using EntityGraph.Corpus;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Training.Vocabulary;

/// <summary>
/// Extends a WordPiece vocabulary for scripts it barely covers (CJK, Kana, Hangul, Cyrillic, Arabic, Devanagari...):
/// every character seen at least twice in such words (word-initial and "##" forms), then the character n-grams that save the most
/// pieces over the training text. The base pieces keep their ids; new pieces are appended.
/// </summary>
public static class VocabularyExtender
{
    private const int MaxGram = 5;
    private const int MinCount = 2;

    public static IReadOnlyList<string> Extend(
        IReadOnlyList<string> baseTokens, IEnumerable<TextExample> examples, string normalization, int maxNewPieces)
    {
        var baseVocabulary = new WordPieceVocabulary(baseTokens);
        var tokenizer = WordPieceNormalizations.CreateTokenizer(normalization, baseVocabulary);
        var words = CountForeignWords(examples, tokenizer);
        var known = new HashSet<string>(baseTokens, StringComparer.Ordinal);
        var added = new List<string>();
        foreach (var (piece, _) in CountPieces(words, 1, 1).Where(p => p.Value >= MinCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (added.Count >= maxNewPieces)
            {
                break;
            }

            if (known.Add(piece))
            {
                added.Add(piece);
            }
        }

        var grams = CountPieces(words, 2, MaxGram)
            .Where(p => p.Value >= MinCount && !known.Contains(p.Key))
            .Select(p => (p.Key, Saving: (long)p.Value * (Length(p.Key) - 1)))
            .OrderByDescending(p => p.Saving).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, maxNewPieces - added.Count))
            .Select(p => p.Key);
        added.AddRange(grams);
        return [.. baseTokens, .. added];
    }

    /// <summary>Whether a normalized word has a letter outside Latin (and its extensions), which the base vocabulary was built for.</summary>
    public static bool IsForeign(string word) => word.Any(c => c >= '\u0370' && !char.IsPunctuation(c) && !char.IsSymbol(c));

    private static Dictionary<string, int> CountForeignWords(IEnumerable<TextExample> examples, WordPieceTokenizer tokenizer)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<WordSpan>();
        foreach (var example in examples)
        {
            words.Clear();
            PreTokenizer.Split(example.Text, 0, example.Text.Length, words);
            foreach (var word in words)
            {
                var normalized = tokenizer.NormalizeWord(example.Text, word);
                if (normalized.Length > 0 && normalized.Length <= 40 && IsForeign(normalized))
                {
                    counts[normalized] = counts.GetValueOrDefault(normalized) + 1;
                }
            }
        }

        return counts;
    }

    private static Dictionary<string, int> CountPieces(Dictionary<string, int> words, int minLength, int maxLength)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in words)
        {
            for (var start = 0; start < word.Length; start++)
            {
                if (char.IsLowSurrogate(word[start]))
                {
                    continue;
                }

                for (var length = minLength; length <= maxLength && start + length <= word.Length; length++)
                {
                    var end = start + length;
                    if (end < word.Length && char.IsLowSurrogate(word[end]))
                    {
                        end++;
                    }

                    var piece = start == 0 ? word[start..end] : "##" + word[start..end];
                    counts[piece] = counts.GetValueOrDefault(piece) + count;
                }
            }
        }

        return counts;
    }

    private static int Length(string piece) => piece.StartsWith("##", StringComparison.Ordinal) ? piece.Length - 2 : piece.Length;
}
