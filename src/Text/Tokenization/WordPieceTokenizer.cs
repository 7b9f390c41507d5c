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

    public WordPieceTokenizer(WordPieceVocabulary vocabulary)
    {
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
    }

    public WordPieceVocabulary Vocabulary => _vocabulary;

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

    private static int Normalize(string text, WordSpan word, Span<char> destination, Span<int> origin)
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
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || length >= destination.Length)
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
