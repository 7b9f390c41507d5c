namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>Mutable counters of one type while scoring.</summary>
internal sealed class TypeTally
{
    public int Gold { get; set; }

    public int Found { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int Decoys { get; set; }

    public int DecoysFlagged { get; set; }

    public int DecoysOverlapped { get; set; }

    public TypeScore ToScore(string type) =>
        TypeScore.FromCounts(type, Gold, Found, TruePositives, FalsePositives, Decoys, DecoysFlagged, DecoysOverlapped);
}
