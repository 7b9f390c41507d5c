namespace EntityGraph.Grains;

/// <summary>Stateless worker per language (key: ISO code): calls the shared model service for that language.</summary>
[Alias("EntityGraph.ILanguageNerGrain")]
public interface ILanguageNerGrain : IGrainWithStringKey
{
    [Alias("Recognize")]
    Task<LanguagePartResult> RecognizeAsync(string text, ExtractionAccuracy accuracy, CancellationToken cancellationToken = default);
}
