using EntityGraph.Ner.Models;

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

    /// <summary>See <see cref="WordFeatureConfig.ContextCharacters"/>; 0 in runs saved before the setting existed.</summary>
    public int ContextCharacters { get; init; }

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

    /// <summary>The word features the model is trained and exported with.</summary>
    public WordFeatureConfig Features() => new()
    {
        MaxWordCharacters = MaxWordCharacters, MaxSequenceWords = MaxSequenceWords, ContextCharacters = ContextCharacters,
    };
}
