namespace EntityGraph.Recognizers.Pipeline;

/// <summary>
/// A recognizer that works on the text alone, synchronously (regular expressions, validators, word lists): it answers
/// <see cref="Recognize"/>, and the pipeline's asynchronous call completes at once.
/// </summary>
public abstract class RuleRecognizer : IEntityRecognizer
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyCollection<string> Types { get; }

    /// <inheritdoc />
    public virtual bool Supports(string primaryLanguage) => true;

    /// <summary>The detections in <paramref name="text"/>; offsets are UTF-16 offsets into that exact string.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="language">A language tag such as "de" or "pt-BR"; an empty or unsupported tag applies every pattern.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="language"/> is null.</exception>
    public abstract IReadOnlyList<Detection> Recognize(string text, string language);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Detection>> RecognizeAsync(RecognitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Recognize(request.Text, request.Language));
    }
}
