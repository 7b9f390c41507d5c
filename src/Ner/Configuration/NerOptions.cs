namespace EntityGraph.Ner;

/// <summary>Options of the NER runtime, section "EntityGraph:Ner".</summary>
public sealed class NerOptions
{
    public const string Section = "EntityGraph:Ner";

    /// <summary>Folder holding manifest.json and one folder per model. Relative paths are tried from the working directory, then upwards from the application folder.</summary>
    public string ModelsDirectory { get; set; } = "models";

    /// <summary>auto (CUDA when it loads, else CPU), cpu or cuda.</summary>
    public string ExecutionProvider { get; set; } = "auto";

    /// <summary>Most windows in one batched inference call.</summary>
    public int MaxBatchWindows { get; set; } = 16;

    /// <summary>How long the batcher waits for more work once a request is queued.</summary>
    public int BatchDelayMilliseconds { get; set; } = 2;

    /// <summary>Threads per ONNX session (0 = number of cores).</summary>
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Whether an ONNX session's threads spin while waiting for work (ONNX Runtime's session.intra_op.allow_spinning).
    /// Off by default: on a few cores, threads of every loaded model spinning between runs took the CPU that tokenizing,
    /// linking and the store needed (an ingest of 1,000 files used a third more CPU time with it on).
    /// </summary>
    public bool IntraOpSpinning { get; set; }

    /// <summary>When set, every request is served by this model id instead of the manifest's route (evaluation, A/B checks).</summary>
    public string? ModelOverride { get; set; }

    /// <summary>
    /// Per-language routes that replace the manifest's for the tiers they name, e.g. Routes:sk:Fast = xx-multi-minilm to
    /// serve Slovak FAST requests with the transformer; ids must be models of the manifest.
    /// </summary>
    public Dictionary<string, RouteOverride> Routes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Folder of promoted model versions and their registry.json (see <c>ModelRegistry</c>); the host sets it to the data
    /// directory's models/ unless configured. Empty: only the models folder's own models serve.
    /// </summary>
    public string? VersionsDirectory { get; set; }

    /// <summary>Whether rule-based recognizers (DATE, MONEY, EMAIL...) run beside the models.</summary>
    public bool EnablePatternRecognizers { get; set; } = true;
}
