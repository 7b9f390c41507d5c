namespace EntityGraph.Training.Export;

/// <summary>What packing a model's word embeddings to 4 bits changed: file size, and dev scores before and after.</summary>
public sealed record PackReport
{
    public required long BytesBefore { get; init; }

    public required long BytesAfter { get; init; }

    /// <summary>Columns per float16 scale in the packed table.</summary>
    public int GroupSize { get; init; }

    /// <summary>Word pieces added for other scripts that were dropped with their embedding rows.</summary>
    public int DroppedPieces { get; init; }

    public IReadOnlyList<string> DevData { get; init; } = [];

    public DevScores? Before { get; init; }

    public DevScores? After { get; init; }

    /// <summary>Words per second of the packed graph while it was scored on the dev sets (batches of 32, decoding included).</summary>
    public double WordsPerSecond { get; init; }

    /// <summary>Dev F1 of the packed graph per dev file ("lang/file"), for models scored file by file (transformers).</summary>
    public IReadOnlyDictionary<string, double> AfterPerFile { get; init; } = new Dictionary<string, double>();
}
