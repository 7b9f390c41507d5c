using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Encoding;

/// <summary>
/// Turns pre-tokenized words into bilstm-crf chunks: normalized word ids, clipped character ids and casing classes,
/// at most <c>maxSequenceWords</c> words per chunk with a quarter of overlap between neighbouring chunks.
/// </summary>
public sealed class WordFeatureEncoder
{
    private readonly int _maxWordCharacters;
    private readonly int _maxSequenceWords;

    public WordFeatureEncoder(SymbolVocabulary words, SymbolVocabulary characters, int maxWordCharacters, int maxSequenceWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWordCharacters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSequenceWords, 1);
        Words = words;
        Characters = characters;
        _maxWordCharacters = maxWordCharacters;
        _maxSequenceWords = maxSequenceWords;
    }

    public SymbolVocabulary Words { get; }

    public SymbolVocabulary Characters { get; }

    public List<WordChunk> Encode(string text, IReadOnlyList<WordSpan> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        while (start < words.Count)
        {
            var end = Math.Min(words.Count, start + _maxSequenceWords);
            ranges.Add((start, end));
            if (end == words.Count)
            {
                break;
            }

            start = Math.Max(start + 1, end - (_maxSequenceWords / 4));
        }

        var chunks = new List<WordChunk>(ranges.Count);
        for (var r = 0; r < ranges.Count; r++)
        {
            var (first, last) = ranges[r];
            var ownedStart = r == 0 ? first : (first + ranges[r - 1].End + 1) / 2;
            var ownedEnd = r == ranges.Count - 1 ? last : (ranges[r + 1].Start + last + 1) / 2;
            chunks.Add(Build(text, words, first, last, ownedStart, ownedEnd));
        }

        return chunks;
    }

    private WordChunk Build(string text, IReadOnlyList<WordSpan> words, int first, int end, int ownedStart, int ownedEnd)
    {
        var count = end - first;
        var wordIds = new long[count];
        var casing = new long[count];
        var runes = new List<System.Text.Rune>[count];
        var width = 1;
        for (var i = 0; i < count; i++)
        {
            var word = words[first + i];
            var span = text.AsSpan(word.Start, word.Length);
            wordIds[i] = Words.IdOf(WordNormalizer.Normalize(span));
            casing[i] = (long)word.Casing;
            runes[i] = WordNormalizer.ClippedRunes(span, _maxWordCharacters);
            width = Math.Max(width, runes[i].Count);
        }

        var charIds = new long[count * width];
        Span<char> buffer = stackalloc char[2];
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < runes[i].Count; c++)
            {
                var written = runes[i][c].EncodeToUtf16(buffer);
                charIds[(i * width) + c] = Characters.IdOf(buffer[..written]);
            }
        }

        return new WordChunk(wordIds, charIds, width, casing, first, ownedStart, ownedEnd);
    }
}
