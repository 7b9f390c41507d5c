using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Versions;
using EntityGraph.Recognizers;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Routes each request to a model: the version active for its language, tier and domain (<see cref="ModelRegistry"/>),
/// else the version active for its language and tier, else what the configuration (EntityGraph:Ner:Routes) or the
/// manifest names (the fallback otherwise); an unknown or untrained domain takes the language's general model. Then adds rule-based matches (DATE, MONEY, PERCENT, EMAIL, PHONE, URL)
/// where no model entity overlaps them; e-mail addresses and URLs replace overlapping model entities because the rules
/// are exact for them. A model's entity confidences go through its calibration (calibration.json) when it has one, so
/// they are probabilities of being right.
/// </summary>
public sealed class NerService(ModelCatalog catalog, IPatternRecognizer patterns, IOptions<NerOptions> options) : INerService
{
    private static readonly HashSet<string> ExactPatternTypes = new(StringComparer.Ordinal) { "EMAIL", "URL" };

    public IReadOnlyList<string> LoadedModelIds => catalog.LoadedModels.Select(model => model.Config.Id).Order(StringComparer.Ordinal).ToList();

    public ModelRoute Route(string language, NerAccuracy accuracy) => Route(language, accuracy, null);

    public ModelRoute Route(string language, NerAccuracy accuracy, string? domain)
    {
        if (options.Value.ModelOverride is { Length: > 0 } forced)
        {
            return new ModelRoute(forced, false);
        }

        var tier = accuracy == NerAccuracy.Fast ? "fast" : "best";
        var promoted = (domain is null ? null : catalog.Registry.ActiveFor(ModelRouteKey.Of(language, tier, domain)))
            ?? catalog.Registry.ActiveFor(ModelRouteKey.Of(language, tier));
        if (promoted is not null)
        {
            return new ModelRoute(promoted.ModelId, false);
        }

        var manifest = catalog.Manifest;
        manifest.Routes.TryGetValue(language, out var route);
        options.Value.Routes.TryGetValue(language, out var pinned);
        var best = NonEmpty(pinned?.Best) ?? route?.Best;
        var fast = NonEmpty(pinned?.Fast) ?? route?.Fast;
        if ((accuracy == NerAccuracy.Fast && fast is not null ? fast : best) is { } id)
        {
            return new ModelRoute(id, false);
        }

        return manifest.Fallback is { } fallback
            ? new ModelRoute(fallback, true)
            : throw new ModelUnavailableException($"No model serves language '{language}' and the manifest names no fallback.");
    }

    public async Task<NerResponse> RecognizeAsync(NerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = Route(request.Language, request.Accuracy, request.Domain);
        var model = await catalog.GetAsync(route.ModelId, cancellationToken).ConfigureAwait(false);
        var spans = await model.PredictAsync(request.Text, cancellationToken).ConfigureAwait(false);
        var calibration = catalog.CalibrationOf(route.ModelId);
        var entities = spans
            .Select(s => new RecognizedEntity(s.Start, s.End, s.Type, Math.Round(calibration?.Apply(request.Language, s.Type, s.Confidence) ?? s.Confidence, 4), route.ModelId))
            .ToList();
        if (options.Value.EnablePatternRecognizers)
        {
            entities = Merge(entities, patterns.Recognize(request.Text, request.Language));
        }

        return new NerResponse(route.ModelId, route.IsFallback, entities);
    }

    private static string? NonEmpty(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    private static List<RecognizedEntity> Merge(List<RecognizedEntity> model, IReadOnlyList<PatternMatch> matches)
    {
        var result = new List<RecognizedEntity>(model);
        foreach (var match in matches)
        {
            var overlapping = result.Where(e => e.Start < match.End && match.Start < e.End).ToList();
            if (overlapping.Count > 0 && !ExactPatternTypes.Contains(match.Type))
            {
                continue;
            }

            result.RemoveAll(overlapping.Contains);
            result.Add(new RecognizedEntity(match.Start, match.End, match.Type, match.Confidence, match.Recognizer));
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }
}
