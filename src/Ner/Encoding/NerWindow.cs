namespace EntityGraph.Ner.Encoding;

/// <summary>
/// One model input: [CLS] pieces [SEP] with casing classes, and for each word of the window the position of its
/// first piece. Words [OwnedStart, OwnedEnd) take their prediction from this window (windows overlap for context).
/// </summary>
public sealed record NerWindow(
    long[] InputIds,
    long[] CasingIds,
    int FirstWord,
    int[] FirstPieceOfWord,
    int OwnedStart,
    int OwnedEnd)
{
    public int Length => InputIds.Length;

    public int WordCount => FirstPieceOfWord.Length;
}
