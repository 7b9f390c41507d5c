namespace EntityGraph.Training.Training;

/// <summary>Progress of a run, saved beside its checkpoints so a later run resumes after the last finished epoch.</summary>
public sealed record TrainingState
{
    public required string ModelId { get; init; }

    public required string Language { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required int MaxLength { get; init; }

    public required int VocabularySize { get; init; }

    public int EpochsDone { get; init; }

    public int Steps { get; init; }

    public double BestDevF1 { get; init; } = -1;

    public int BestEpoch { get; init; } = -1;

    public IReadOnlyList<string> TrainData { get; init; } = [];

    public IReadOnlyList<string> DevData { get; init; } = [];

    public Dictionary<string, double> BestDevF1PerType { get; init; } = new();

    public double BestDevPrecision { get; init; }

    public double BestDevRecall { get; init; }
}
