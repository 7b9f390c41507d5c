using System.Text.Json;

namespace EntityGraph.Training.Training;

/// <summary>Progress of a run, saved beside its checkpoints so a later run resumes after the last finished epoch.</summary>
public sealed record TrainingState
{
    public const string FileName = "training.json";

    public required string ModelId { get; init; }

    public required string Language { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required int MaxLength { get; init; }

    public required int VocabularySize { get; init; }

    public int EpochsDone { get; init; }

    /// <summary>Batches of the current (unfinished) epoch already trained when the last checkpoint was saved.</summary>
    public int StepsIntoEpoch { get; init; }

    public string Tokenizer { get; init; } = EntityGraph.Text.Tokenization.WordPieceNormalizations.Uncased;

    /// <summary>Languages the training files cover (several for a multilingual run).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public int MaxDevExamplesPerFile { get; init; } = int.MaxValue;

    /// <summary>Dev F1 per dev file of the best epoch.</summary>
    public Dictionary<string, double> BestDevF1PerFile { get; init; } = new();

    public int Steps { get; init; }

    public double BestDevF1 { get; init; } = -1;

    public int BestEpoch { get; init; } = -1;

    public IReadOnlyList<string> TrainData { get; init; } = [];

    public IReadOnlyList<string> DevData { get; init; } = [];

    public Dictionary<string, double> BestDevF1PerType { get; init; } = new();

    /// <summary>The run folder or exported model the weights started from; null for the MiniLM encoder itself.</summary>
    public string? InitFrom { get; init; }

    public double BestDevPrecision { get; init; }

    public double BestDevRecall { get; init; }

    /// <summary>Reads the state of a finished or interrupted run.</summary>
    public static TrainingState Load(string runDirectory) =>
        JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(Path.Combine(runDirectory, FileName)))
            ?? throw new InvalidDataException($"{Path.Combine(runDirectory, FileName)} is empty.");
}
