namespace EntityGraph.Training.Fast;

/// <summary>Settings of one BiLSTM-CRF training run (train-fast).</summary>
public sealed record FastTrainingOptions
{
    public required IReadOnlyList<string> TrainPaths { get; init; }

    public IReadOnlyList<string> DevPaths { get; init; } = [];

    public required string Language { get; init; }

    public required string OutputDirectory { get; init; }

    public string ModelId { get; init; } = "model";

    public FastModelShape Shape { get; init; } = new();

    public int Epochs { get; init; } = 30;

    public int BatchSize { get; init; } = 16;

    /// <summary>Adam learning rate at the start; it decays linearly to a tenth by the last epoch.</summary>
    public double LearningRate { get; init; } = 2e-3;

    public double ClipNorm { get; init; } = 5.0;

    /// <summary>Words seen fewer times in the training text map to the unknown id.</summary>
    public int MinWordCount { get; init; } = 1;

    /// <summary>The most frequent words kept (padding and unknown included), so that the int8 file stays under 5 MB.</summary>
    public int MaxWords { get; init; } = 30_000;

    public int MinCharCount { get; init; } = 2;

    /// <summary>Probability of replacing a word seen once in training by the unknown id at each step.</summary>
    public double SingletonDropout { get; init; } = 0.5;

    public int MaxWordCharacters { get; init; } = 20;

    public int MaxSequenceWords { get; init; } = 200;

    /// <summary>Neighbouring characters added to single-character ideographic words (see WordFeatureConfig.ContextCharacters).</summary>
    public int ContextCharacters { get; init; }

    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 13;

    public int MaxSteps { get; init; } = int.MaxValue;

    public int MaxTrainExamples { get; init; } = int.MaxValue;

    public int LogEvery { get; init; } = 200;
}
