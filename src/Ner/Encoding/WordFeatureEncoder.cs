using System.Text;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Encoding;

/// <summary>
/// Turns pre-tokenized words into bilstm-crf chunks: normalized word ids, clipped character ids and casing classes,
/// at most <see cref="WordFeatureConfig.MaxSequenceWords"/> words per chunk with a quarter of overlap between
/// neighbouring chunks; single-character ideographic words get their neighbours' characters too
/// (<see cref="WordFeatureConfig.ContextCharacters"/>).
/// </summary>
public sealed class WordFeatureEncoder
{
    private readonly int _maxWordCharacters;
    private readonly int _maxSequenceWords;
    private readonly int _contextCharacters;

    public WordFeatureEncoder(SymbolVocabulary words, SymbolVocabulary characters, WordFeatureConfig features)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentOutOfRangeException.ThrowIfLessThan(features.MaxWordCharacters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(features.MaxSequenceWords, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(features.ContextCharacters);
        Words = words;
        Characters = characters;
        _maxWordCharacters = features.MaxWordCharacters;
        _maxSequenceWords = features.MaxSequenceWords;
        _contextCharacters = features.ContextCharacters;
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
        var runes = new List<Rune>[count];
        var width = 1;
        for (var i = 0; i < count; i++)
        {
            var word = words[first + i];
            var span = text.AsSpan(word.Start, word.Length);
            wordIds[i] = Words.IdOf(WordNormalizer.Normalize(span));
            casing[i] = (long)word.Casing;
            runes[i] = WordNormalizer.ClippedRunes(span, _maxWordCharacters);
            if (_contextCharacters > 0 && runes[i] is [var only] && CharClasses.IsIdeographic(only.Value))
            {
                runes[i] = WithContext(text, words, first + i, only);
            }

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

    /// <summary>The last character of each of the previous words and the first of each following word, nearest next to the word.</summary>
    private List<Rune> WithContext(string text, IReadOnlyList<WordSpan> words, int index, Rune self)
    {
        var before = Math.Min(_contextCharacters, index);
        var after = Math.Min(_contextCharacters, words.Count - 1 - index);
        var runes = new List<Rune>(before + 1 + after);
        for (var k = index - before; k < index; k++)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(words[k].Start, words[k].Length), out var last, out _);
            runes.Add(last);
        }

        runes.Add(self);
        for (var k = index + 1; k <= index + after; k++)
        {
            Rune.DecodeFromUtf16(text.AsSpan(words[k].Start, words[k].Length), out var first, out _);
            runes.Add(first);
        }

        return runes;
    }
}
