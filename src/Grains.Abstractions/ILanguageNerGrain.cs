namespace EntityGraph.Grains;

/// <summary>Extraction for one language (key: <c>language:tier#slot</c>), on a silo that hosts the language's model.</summary>
[Alias("EntityGraph.ILanguageNerGrain")]
public interface ILanguageNerGrain : IGrainWithStringKey
{
    [Alias("Recognize")]
    Task<LanguagePartResult> RecognizeAsync(string text, ExtractionAccuracy accuracy, string? domain = null, CancellationToken cancellationToken = default);
}
