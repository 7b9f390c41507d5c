using System.Globalization;
using System.Text;

namespace EntityGraph.Text.Tokenization;

/// <summary>
/// Uncased BERT WordPiece tokenization whose pieces keep exact UTF-16 offsets into the original text.
/// Lower-casing and accent stripping happen per word in a scratch buffer with an index map back to the original.
/// </summary>
public sealed class WordPieceTokenizer
{
    private const int MaxWordChars = 100;
    private readonly WordPieceVocabulary _vocabulary;
    private readonly bool _stripAllMarks;

    /// <param name="vocabulary">The pieces.</param>
    /// <param name="stripAllMarks">
    /// True (BERT uncased): every non-spacing mark is dropped. False: only the generic combining diacritics
    /// (accents on Latin, Greek, Cyrillic) are dropped, so Devanagari vowel signs, Arabic harakat and the like are kept.
    /// </param>
    public WordPieceTokenizer(WordPieceVocabulary vocabulary, bool stripAllMarks = true)
    {
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _stripAllMarks = stripAllMarks;
    }

    public WordPieceVocabulary Vocabulary => _vocabulary;

    /// <summary>The lower-cased, accent-folded form of one word, as pieces are matched against the vocabulary.</summary>
    public string NormalizeWord(string text, WordSpan word)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> normalized = new char[word.Length * 4];
        Span<int> origin = new int[word.Length * 4];
        return normalized[..Normalize(text, word, normalized, origin)].ToString();
    }

    /// <summary>Encodes the whole text into <paramref name="output"/> (cleared first).</summary>
    public void Encode(string text, EncodedText output) => Encode(text, 0, text.Length, output);

    /// <summary>Encodes text[start..end) into <paramref name="output"/> (cleared first); offsets stay relative to <paramref name="text"/>.</summary>
    public void Encode(string text, int start, int end, EncodedText output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        PreTokenizer.Split(text, start, end, output.Words);
        for (var w = 0; w < output.Words.Count; w++)
        {
            AppendPieces(text, output.Words[w], w, output.Pieces);
        }
    }

    /// <summary>Encodes already split words (e.g. corpus tokens) into pieces; words keep their given offsets.</summary>
    public void EncodeWords(string text, IReadOnlyList<WordSpan> words, List<WordPiece> pieces)
    {
        for (var w = 0; w < words.Count; w++)
        {
            AppendPieces(text, words[w], w, pieces);
        }
    }

    private void AppendPieces(string text, WordSpan word, int wordIndex, List<WordPiece> pieces)
    {
        if (word.Length > MaxWordChars)
        {
            pieces.Add(new WordPiece(_vocabulary.UnknownId, word.Start, word.End, wordIndex, true));
            return;
        }

        Span<char> normalized = stackalloc char[word.Length * 4 + 2];
        Span<int> origin = stackalloc int[word.Length * 4 + 2];
        var length = Normalize(text, word, normalized[2..], origin);
        if (length == 0)
        {
            pieces.Add(new WordPiece(_vocabulary.UnknownId, word.Start, word.End, wordIndex, true));
            return;
        }

        var firstPiece = pieces.Count;
        var position = 0;
        while (position < length)
        {
            var matched = false;
            for (var stop = length; stop > position; stop--)
            {
                var candidate = position == 0 ? normalized.Slice(2, stop) : normalized.Slice(position, stop - position + 2);
                if (position > 0)
                {
                    candidate[0] = '#';
                    candidate[1] = '#';
                }

                if (_vocabulary.TryGetId(candidate, out var id))
                {
                    var pieceStart = origin[position];
                    var pieceEnd = stop < length ? origin[stop] : word.End;
                    pieces.Add(new WordPiece(id, pieceStart, Math.Max(pieceEnd, pieceStart + 1), wordIndex, position == 0));
                    position = stop;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                pieces.RemoveRange(firstPiece, pieces.Count - firstPiece);
                pieces.Add(new WordPiece(_vocabulary.UnknownId, word.Start, word.End, wordIndex, true));
                return;
            }
        }
    }

    private static bool IsGenericDiacritic(char c) =>
        c is >= '\u0300' and <= '\u036F' or >= '\u1AB0' and <= '\u1AFF' or >= '\u1DC0' and <= '\u1DFF'
            or >= '\u20D0' and <= '\u20FF' or >= '\uFE20' and <= '\uFE2F';

    private int Normalize(string text, WordSpan word, Span<char> destination, Span<int> origin)
    {
        var length = 0;
        var i = word.Start;
        Span<char> runeChars = stackalloc char[2];
        while (i < word.End)
        {
            var ch = text[i];
            if (ch < 128)
            {
                if (length < destination.Length)
                {
                    destination[length] = char.ToLowerInvariant(ch);
                    origin[length] = i;
                    length++;
                }

                i++;
                continue;
            }

            Rune.DecodeFromUtf16(text.AsSpan(i, word.End - i), out var rune, out var consumed);
            var lower = Rune.ToLowerInvariant(rune);
            var written = lower.EncodeToUtf16(runeChars);
            var decomposed = runeChars[..written].ToString().Normalize(NormalizationForm.FormD);
            foreach (var c in decomposed)
            {
                if (length >= destination.Length
                    || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && (_stripAllMarks || IsGenericDiacritic(c))))
                {
                    continue;
                }

                destination[length] = c;
                origin[length] = i;
                length++;
            }

            i += consumed;
        }

        return length;
    }
}
