namespace EntityGraph.Training.Training;

/// <summary>Settings of one fine-tuning run.</summary>
public sealed record TrainingOptions
{
    public required IReadOnlyList<string> TrainPaths { get; init; }

    public IReadOnlyList<string> DevPaths { get; init; } = [];

    /// <summary>A language code, or <c>auto</c>: each file's language is the name of its folder (DATA/LANG/file).</summary>
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

    /// <summary>At most this many training examples from each file in every epoch, drawn afresh per epoch.</summary>
    public int MaxExamplesPerFile { get; init; } = int.MaxValue;

    /// <summary>Overrides <see cref="MaxExamplesPerFile"/> for the files of these languages (e.g. en: 20000 to stress English).</summary>
    public IReadOnlyDictionary<string, int> MaxExamplesPerFileByLanguage { get; init; } = new Dictionary<string, int>();

    /// <summary>At most this many dev examples from each dev file (the first ones) for model selection.</summary>
    public int MaxDevExamplesPerFile { get; init; } = int.MaxValue;

    /// <summary>Adds up to this many pieces for scripts the base vocabulary barely covers (0: keep the base vocabulary).</summary>
    public int ExtendVocabulary { get; init; }

    /// <summary>Saves a resumable checkpoint every this many steps, besides the one after every epoch.</summary>
    public int CheckpointEvery { get; init; } = int.MaxValue;

    /// <summary>
    /// One of <see cref="EntityGraph.Text.Tokenization.WordPieceNormalizations"/>; null: the <see cref="InitFrom"/> run's,
    /// else BERT uncased.
    /// </summary>
    public string? Tokenizer { get; init; }

    /// <summary>
    /// A finished run whose encoder (all but the classification head; the head too when the labels match) initialises this
    /// one, with its vocabulary and tokenizer: transfer to new entity types, or a per-language model from a multilingual one.
    /// </summary>
    public string? InitFrom { get; init; }
}
