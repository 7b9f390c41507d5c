using EntityGraph.Storage;
using EntityGraph.Ner;
using Microsoft.Extensions.Logging;
using EntityGraph.Grains.Cluster;
using EntityGraph.Grains.Placement;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Extraction;

/// <summary>
/// Extraction for one language (grain key <c>language:tier#slot</c>), placed only on silos that host the language's model
/// (<see cref="ModelAffinityPlacement"/>): hands the text to the shared <see cref="INerService"/>, which owns the model
/// sessions, batches requests and runs inference off the grain turn, and maps its spans to entities. Holds no state, so
/// it takes calls concurrently.
/// </summary>
[ModelAffinityPlacement]
[Reentrant]
public sealed class LanguageNerGrain(INerService ner, SiloActivity activity, ILogger<LanguageNerGrain> logger) : Grain, ILanguageNerGrain
{
    public async Task<LanguagePartResult> RecognizeAsync(string text, RecognitionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var language = LanguageRoutes.Parse(this.GetPrimaryKeyString()).Language;
        activity.ExtractionServed();
        NerResponse response;
        try
        {
            var request = new NerRequest(text, language, options.Accuracy.ToNer(), options.Domain)
            {
                Profile = options.Profile,
                Types = options.Types?.ToHashSet(StringComparer.Ordinal),
            };
            response = await ner.RecognizeAsync(request, cancellationToken);
        }
        catch (ModelUnavailableException ex)
        {
            GrainLog.ModelUnavailable(logger, language, ex.Message);
            throw new EntityGraphException(ErrorCodes.ModelUnavailable, $"No NER model can serve language '{language}': {ex.Message}");
        }

        var entities = new List<ExtractedEntity>(response.Entities.Count);
        foreach (var entity in response.Entities)
        {
            if (entity.Start < 0 || entity.End > text.Length || entity.End <= entity.Start)
            {
                GrainLog.InvalidSpan(logger, response.ModelId, entity.Start, entity.End, text.Length);
                continue;
            }

            entities.Add(new ExtractedEntity(
                entity.Start,
                entity.End,
                text[entity.Start..entity.End],
                entity.Type,
                entity.Confidence,
                entity.ModelId,
                language));
        }

        var usedFallback = response.UsedFallback || language == LanguageCodes.Undetermined;
        return new LanguagePartResult(response.ModelId, usedFallback, entities);
    }
}
