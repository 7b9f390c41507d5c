namespace EntityGraph.Training.Training;

/// <summary>Settings of one fine-tuning run.</summary>
public sealed record TrainingOptions
{
    public required IReadOnlyList<string> TrainPaths { get; init; }

    public IReadOnlyList<string> DevPaths { get; init; } = [];

    public required string Language { get; init; }

    public required string OutputDirectory { get; init; }

    public string ModelId { get; init; } = "model";

    public int Epochs { get; init; } = 4;

    public int BatchSize { get; init; } = 32;

    public double LearningRate { get; init; } = 1e-4;

    public double HeadLearningRate { get; init; } = 1e-3;

    public double WarmupFraction { get; init; } = 0.06;

    public double WeightDecay { get; init; } = 0.01;

    public int MaxLength { get; init; } = 128;

    public int Threads { get; init; } = 2;

    public int Seed { get; init; } = 13;

    public int MaxSteps { get; init; } = int.MaxValue;

    public int MaxTrainExamples { get; init; } = int.MaxValue;

    public int LogEvery { get; init; } = 50;

    /// <summary>A finished run whose encoder (all but the classification head) initialises this one: transfer to new entity types.</summary>
    public string? InitFrom { get; init; }
}
