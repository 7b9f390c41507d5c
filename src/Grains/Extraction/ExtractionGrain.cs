using EntityGraph.Storage;
using EntityGraph.Grains.Options;
using EntityGraph.Grains.Placement;
using EntityGraph.LanguageDetect;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Extraction;

/// <summary>
/// Stateless entry point of extraction: validates the text, splits it into language parts (or takes the given
/// language for all of it), sends each part to the <see cref="ILanguageNerGrain"/> of its language in parallel (parts
/// detected with less than <see cref="IngestOptions.MinRoutingConfidence"/> to the fallback's; a language no live silo
/// hosts to the fallback's too, see <see cref="LanguageRoutes"/>), shifts the spans back into the original text and
/// repairs their boundaries (<see cref="MentionCleanup.RepairSpans"/>).
/// Detection of long texts runs off the grain scheduler.
/// </summary>
[StatelessWorker]
public sealed class ExtractionGrain(ILanguageDetector detector, LanguageRoutes routes, IOptions<IngestOptions> options) : Grain, IExtractionGrain
{
    private const int InlineDetectionLimit = 16_384;

    public Task<ExtractionResult> ExtractAsync(string text, string? language, ExtractionAccuracy accuracy, string? domain = null, CancellationToken cancellationToken = default) =>
        DetectAsync(text, language, new RecognitionOptions(accuracy, domain), cancellationToken);

    public async Task<ExtractionResult> DetectAsync(string text, string? language, RecognitionOptions recognition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        var domain = recognition.Domain;
        var checkedText = TextInputValidator.ValidateText(text, options.Value);
        var checkedLanguage = TextInputValidator.ValidateLanguage(language);
        var checkedDomain = string.IsNullOrWhiteSpace(domain) ? null : domain.Trim();
        if (checkedDomain is not null && !DomainRules.IsValid(checkedDomain))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, DomainRules.Describe(checkedDomain));
        }

        var segments = checkedLanguage is null && checkedText.Length > InlineDetectionLimit
            ? await Task.Run(() => LanguageSegmenter.Split(checkedText, null, detector), cancellationToken)
            : LanguageSegmenter.Split(checkedText, checkedLanguage, detector);
        var results = await Task.WhenAll(segments.Select(s => RecognizePartAsync(checkedText, s, Route(s, checkedLanguage), recognition with { Domain = checkedDomain }, cancellationToken)));

        var parts = new List<LanguagePart>(segments.Count);
        var entities = new List<ExtractedEntity>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var result = results[i];
            parts.Add(new LanguagePart(segment.Start, segment.End, segment.Language, segment.Confidence, result.ModelId, result.UsedFallback));
            foreach (var entity in result.Entities)
            {
                var start = segment.Start + entity.Start;
                var end = segment.Start + entity.End;
                entities.Add(entity with { Start = start, End = end, Text = checkedText[start..end], Language = segment.Language });
            }
        }

        var (dominant, confidence) = LanguageSegmenter.Dominant(segments);
        return new ExtractionResult(dominant, confidence, parts.Any(p => p.UsedFallback), MentionCleanup.RepairSpans(checkedText, entities), parts);
    }

    public async Task<IReadOnlyList<IReadOnlyList<DetectedLanguagePart>>> SegmentAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var checkedTexts = texts.Select(text => TextInputValidator.ValidateText(text, options.Value)).ToArray();
        IReadOnlyList<DetectedLanguagePart>[] Split() =>
        [
            .. checkedTexts.Select(text => (IReadOnlyList<DetectedLanguagePart>)
                [.. LanguageSegmenter.Split(text, null, detector).Select(s => new DetectedLanguagePart(s.Start, s.End, s.Language, s.Confidence))]),
        ];
        return checkedTexts.Sum(text => (long)text.Length) > InlineDetectionLimit ? await Task.Run(Split, cancellationToken) : Split();
    }

    /// <summary>The language grain a part goes to: its own, or the fallback's when it was detected with low confidence.</summary>
    private string Route(LanguageSegment segment, string? givenLanguage) =>
        givenLanguage is null && segment.Confidence < options.Value.MinRoutingConfidence ? LanguageCodes.Undetermined : segment.Language;

    private async Task<LanguagePartResult> RecognizePartAsync(string text, LanguageSegment segment, string language, RecognitionOptions recognition, CancellationToken cancellationToken)
    {
        var accuracy = recognition.Accuracy;
        var part = segment.Start == 0 && segment.End == text.Length ? text : text[segment.Start..segment.End];
        var (grainKey, fallback) = routes.Route(language, accuracy);
        try
        {
            var result = await GrainFactory.GetGrain<ILanguageNerGrain>(grainKey).RecognizeAsync(part, recognition, cancellationToken)
                .WaitAsync(options.Value.ModelTimeout, cancellationToken);
            return fallback && !result.UsedFallback ? result with { UsedFallback = true } : result;
        }
        catch (ModelUnavailablePlacementException lost)
        {
            // The hosts of the language left between routing and placement.
            throw new EntityGraphException(ErrorCodes.ModelUnavailable, lost.Message);
        }
        catch (TimeoutException)
        {
            throw new EntityGraphException(ErrorCodes.Timeout, $"The {Tiers.Of(accuracy)} model for language '{language}' did not answer within {options.Value.ModelTimeout.TotalSeconds:0.###} s; retry the request.", retryable: true);
        }
        catch (SiloUnavailableException gone)
        {
            throw new EntityGraphException(ErrorCodes.ServiceUnavailable, $"The silo extracting language '{language}' became unavailable; retry the request. ({gone.Message})", retryable: true);
        }
    }
}
