namespace EntityGraph.Benchmarks;

/// <summary>What to measure: a labelled file's sentences, the models folder, repetitions, concurrency and runtime settings.</summary>
public sealed record BenchmarkOptions
{
    public required string DataPath { get; init; }

    public required string Language { get; init; }

    public string ModelsDirectory { get; init; } = "models";

    public int Runs { get; init; } = 5;

    public int Concurrency { get; init; } = 16;

    public int Limit { get; init; } = int.MaxValue;

    public int MaxBatch { get; init; } = 16;

    public int Threads { get; init; }

    public IReadOnlyList<string> Tiers { get; init; } = ["best", "fast"];
}
