namespace EntityGraph.Ner;

/// <summary>
/// Runs named-entity recognition with the model the manifest routes a language to.
/// One ONNX session per model, shared by all callers; requests are batched dynamically.
/// </summary>
public interface INerService
{
    /// <summary>Recognizes entities in <see cref="NerRequest.Text"/>; spans are UTF-16 offsets into that exact string.</summary>
    Task<NerResponse> RecognizeAsync(NerRequest request, CancellationToken cancellationToken = default);

    /// <summary>The model that would serve a language at the given accuracy, and whether it is the fallback.</summary>
    ModelRoute Route(string language, NerAccuracy accuracy);

    /// <summary>The model that would serve a language at the given accuracy for a domain (null: the general route).</summary>
    ModelRoute Route(string language, NerAccuracy accuracy, string? domain);

    /// <summary>Ids of the models this process has loaded so far (models load on first use).</summary>
    IReadOnlyList<string> LoadedModelIds { get; }
}
