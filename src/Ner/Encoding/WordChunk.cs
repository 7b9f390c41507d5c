namespace EntityGraph.Ner.Encoding;

/// <summary>
/// One bilstm-crf input sequence: word ids, character ids row-major [words, CharWidth] (0-padded), casing classes.
/// It covers words [FirstWord, FirstWord + Length) of its text region; words [OwnedStart, OwnedEnd) take their emissions
/// from this chunk (chunks of long sentences overlap for context).
/// </summary>
public sealed record WordChunk(long[] WordIds, long[] CharIds, int CharWidth, long[] CasingIds, int FirstWord, int OwnedStart, int OwnedEnd)
{
    public int Length => WordIds.Length;
}
