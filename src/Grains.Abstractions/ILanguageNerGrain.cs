namespace EntityGraph.Grains;

/// <summary>Extraction for one language (key: <c>language:tier#slot</c>), on a silo that hosts the language's model.</summary>
[Alias("EntityGraph.ILanguageNerGrain")]
public interface ILanguageNerGrain : IGrainWithStringKey
{
    /// <summary>Runs the recognizer profile of <paramref name="options"/> over a text in this grain's language.</summary>
    [Alias("RecognizeWith")]
    Task<LanguagePartResult> RecognizeAsync(string text, RecognitionOptions options, CancellationToken cancellationToken = default);
}
