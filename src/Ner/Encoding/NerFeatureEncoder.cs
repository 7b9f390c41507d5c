using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Encoding;

/// <summary>
/// Turns words and pieces into model windows of at most <c>maxLength</c> positions, cut at word boundaries,
/// overlapping by a quarter so that every word is predicted with context on both sides.
/// </summary>
public static class NerFeatureEncoder
{
    public static List<NerWindow> Encode(EncodedText encoded, WordPieceVocabulary vocabulary, int maxLength)
    {
        var words = encoded.Words;
        var pieces = encoded.Pieces;
        var windows = new List<NerWindow>();
        if (words.Count == 0)
        {
            return windows;
        }

        var pieceStartOfWord = new int[words.Count + 1];
        for (int p = pieces.Count - 1; p >= 0; p--)
        {
            pieceStartOfWord[pieces[p].WordIndex] = p;
        }

        pieceStartOfWord[words.Count] = pieces.Count;
        var budget = maxLength - 2;
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        while (start < words.Count)
        {
            var end = start;
            while (end < words.Count && pieceStartOfWord[end + 1] - pieceStartOfWord[start] <= budget)
            {
                end++;
            }

            if (end == start)
            {
                end = start + 1;
            }

            ranges.Add((start, end));
            if (end >= words.Count)
            {
                break;
            }

            var overlap = Math.Max(0, (end - start) / 4);
            start = Math.Max(start + 1, end - overlap);
        }

        for (var r = 0; r < ranges.Count; r++)
        {
            var (first, last) = ranges[r];
            var ownedStart = r == 0 ? first : (first + ranges[r - 1].End + 1) / 2;
            var ownedEnd = r == ranges.Count - 1 ? last : (ranges[r + 1].Start + last + 1) / 2;
            windows.Add(Build(encoded, vocabulary, pieceStartOfWord, first, last, ownedStart, ownedEnd, budget));
        }

        return windows;
    }

    private static NerWindow Build(
        EncodedText encoded, WordPieceVocabulary vocabulary, int[] pieceStartOfWord, int firstWord, int endWord, int ownedStart, int ownedEnd, int budget)
    {
        var pieceStart = pieceStartOfWord[firstWord];
        var pieceCount = Math.Min(pieceStartOfWord[endWord] - pieceStart, budget);
        var ids = new long[pieceCount + 2];
        var casing = new long[pieceCount + 2];
        var firstPiece = new int[endWord - firstWord];
        ids[0] = vocabulary.ClsId;
        ids[^1] = vocabulary.SepId;
        for (var i = 0; i < pieceCount; i++)
        {
            var piece = encoded.Pieces[pieceStart + i];
            ids[i + 1] = piece.Id;
            casing[i + 1] = (long)encoded.Words[piece.WordIndex].Casing;
        }

        for (var w = firstWord; w < endWord; w++)
        {
            firstPiece[w - firstWord] = Math.Min(pieceStartOfWord[w] - pieceStart + 1, pieceCount);
        }

        return new NerWindow(ids, casing, firstWord, firstPiece, ownedStart, ownedEnd);
    }
}
