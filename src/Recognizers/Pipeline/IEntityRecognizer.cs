namespace EntityGraph.Recognizers.Pipeline;

/// <summary>
/// One source of entities in a <see cref="RecognizerPipeline"/>: an NER model, a rule family, a deny list, a regular
/// expression from configuration. A new recognizer is one class implementing this plus one registration
/// (<see cref="RecognizerRegistry"/>).
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>The unique name profiles list it by, e.g. "model", "rules/date", "pii/iban".</summary>
    string Name { get; }

    /// <summary>The entity types this recognizer can emit.</summary>
    IReadOnlyCollection<string> Types { get; }

    /// <summary>
    /// Returns what this recognizer finds in <see cref="RecognitionRequest.Text"/>, in any order; detections may overlap
    /// (the pipeline's conflict policies resolve them). Offsets are UTF-16 offsets into the exact text.
    /// </summary>
    ValueTask<IReadOnlyList<Detection>> RecognizeAsync(RecognitionRequest request, CancellationToken cancellationToken);

    /// <summary>Whether it runs for a language (primary subtag, e.g. "de"; empty when unknown); every language by default.</summary>
    bool Supports(string primaryLanguage) => true;
}
