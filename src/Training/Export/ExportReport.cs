namespace EntityGraph.Training.Export;

/// <summary>Measurements taken while exporting a model, written to eval.json and the model card.</summary>
public sealed record ExportReport
{
    public required string ModelId { get; init; }

    public required string Language { get; init; }

    /// <summary>Every language the model was trained on (one for a single-language model).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Dev F1 of the shipped graph per dev file ("lang/file") when there are several.</summary>
    public IReadOnlyDictionary<string, double> DevF1PerFile { get; init; } = new Dictionary<string, double>();

    /// <summary>Dev files are scored on at most this many sentences each (the first ones).</summary>
    public int MaxDevExamplesPerFile { get; init; } = int.MaxValue;

    /// <summary>Pieces added to the base vocabulary for under-covered scripts.</summary>
    public int AddedPieces { get; init; }

    public string Tokenizer { get; init; } = EntityGraph.Text.Tokenization.WordPieceNormalizations.Uncased;

    public IReadOnlyList<string> TrainData { get; init; } = [];

    public IReadOnlyList<string> DevData { get; init; } = [];

    public double ParityMaxAbsDiff { get; init; }

    public int ParityWindows { get; init; }

    public DevScores? Float32 { get; init; }

    public DevScores? Int8 { get; init; }

    public bool Quantized { get; init; }

    public long FileBytes { get; init; }

    public double WordsPerSecond { get; init; }

    public int TrainingEpochs { get; init; }

    public int BestEpoch { get; init; }

    /// <summary>The run folder or exported model training started from; null for the MiniLM encoder itself.</summary>
    public string? InitFrom { get; init; }

    /// <summary>Set when the word embeddings were packed to 4 bits after export (<see cref="EmbeddingPacker"/>).</summary>
    public PackReport? Packing { get; init; }
}
