using System.Text;

namespace EntityGraph.Text.Tokenization;

/// <summary>
/// Splits text into words with offsets into the original string: whitespace separates words, every punctuation mark,
/// symbol and ideographic character is a word of its own, and ignorable characters are skipped.
/// </summary>
public static class PreTokenizer
{
    /// <summary>Appends the words of <paramref name="text"/>[start..end) to <paramref name="words"/>.</summary>
    public static void Split(string text, int start, int end, List<WordSpan> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var wordStart = -1;
        var i = start;
        while (i < end)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            if (Rune.IsWhiteSpace(rune) || CharClasses.IsIgnorable(rune))
            {
                Flush(text, ref wordStart, i, words);
            }
            else if (CharClasses.IsPunctuationOrSymbol(rune) || CharClasses.IsIdeographic(rune.Value))
            {
                Flush(text, ref wordStart, i, words);
                words.Add(new WordSpan(i, i + consumed, CasingClass.None));
            }
            else if (wordStart < 0)
            {
                wordStart = i;
            }

            i += consumed;
        }

        Flush(text, ref wordStart, end, words);
    }

    /// <summary>Splits the whole text.</summary>
    public static List<WordSpan> Split(string text)
    {
        var words = new List<WordSpan>();
        Split(text, 0, text.Length, words);
        return words;
    }

    private static void Flush(string text, ref int wordStart, int end, List<WordSpan> words)
    {
        if (wordStart < 0)
        {
            return;
        }

        words.Add(new WordSpan(wordStart, end, Casing.Classify(text.AsSpan(wordStart, end - wordStart))));
        wordStart = -1;
    }
}
