using System.Text;

namespace EntityGraph.Ner.Encoding;

/// <summary>The word-vocabulary key of a word: lower case (invariant culture), every decimal digit replaced by 0.</summary>
public static class WordNormalizer
{
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        for (var i = 0; i < buffer.Length; i++)
        {
            if (char.IsDigit(buffer[i]))
            {
                buffer[i] = '0';
            }
        }

        return new string(buffer);
    }

    /// <summary>Scalar values of a word, keeping the first and last ones when it has more than <paramref name="max"/>.</summary>
    public static List<Rune> ClippedRunes(ReadOnlySpan<char> word, int max)
    {
        var runes = new List<Rune>(Math.Min(word.Length, max));
        foreach (var rune in word.EnumerateRunes())
        {
            runes.Add(rune);
        }

        if (runes.Count > max)
        {
            var head = max / 2;
            runes.RemoveRange(head, runes.Count - max);
        }

        return runes;
    }
}
