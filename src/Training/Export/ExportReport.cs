namespace EntityGraph.Training.Export;

/// <summary>Measurements taken while exporting a model, written to eval.json and the model card.</summary>
public sealed record ExportReport
{
    public required string ModelId { get; init; }

    public required string Language { get; init; }

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
}
