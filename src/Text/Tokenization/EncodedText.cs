namespace EntityGraph.Text.Tokenization;

/// <summary>Caller-owned, reusable output of <see cref="WordPieceTokenizer.Encode(string, EncodedText)"/>.</summary>
public sealed class EncodedText
{
    public List<WordSpan> Words { get; } = new();

    public List<WordPiece> Pieces { get; } = new();

    public void Clear()
    {
        Words.Clear();
        Pieces.Clear();
    }
}
