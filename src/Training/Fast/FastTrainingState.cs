namespace EntityGraph.Training.Fast;

/// <summary>Progress and settings of a BiLSTM-CRF run (fast-training.json), saved so a later run resumes after the last finished epoch.</summary>
public sealed record FastTrainingState
{
    public const string FileName = "fast-training.json";

    public required string ModelId { get; init; }

    public required string Language { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required FastModelShape Shape { get; init; }

    public int MaxWordCharacters { get; init; } = 20;

    public int MaxSequenceWords { get; init; } = 200;

    public int EpochsDone { get; init; }

    public int Steps { get; init; }

    public double BestDevF1 { get; init; } = -1;

    public int BestEpoch { get; init; } = -1;

    public double BestDevPrecision { get; init; }

    public double BestDevRecall { get; init; }

    public Dictionary<string, double> BestDevF1PerType { get; init; } = new();

    public IReadOnlyList<string> TrainData { get; init; } = [];

    public IReadOnlyList<string> DevData { get; init; } = [];

    public IReadOnlyList<double> DevF1History { get; init; } = [];
}
