namespace EntityGraph.Corpus;

/// <summary>Chunk tag schemes found in column corpora; all are converted to IOB2 on reading.</summary>
public enum TagScheme
{
    Iob2,
    Iob1,
    Bioes,
}
