using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Versions;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Routes each request to a model: the version active for its language, tier and domain (<see cref="ModelRegistry"/>),
/// else the version active for its language and tier, else what the configuration (EntityGraph:Ner:Routes) or the
/// manifest names (the fallback otherwise); an unknown or untrained domain takes the language's general model. Then runs
/// the request's recognizer profile (<see cref="RecognizerPipeline"/>; "extraction" by default: the model, whose
/// confidences are calibrated, and the DATE, MONEY, PERCENT, EMAIL, PHONE and URL rules, "model" alone when
/// EntityGraph:Ner:EnablePatternRecognizers is false).
/// </summary>
public sealed class NerService(ModelCatalog catalog, RecognizerPipeline pipeline, IOptions<NerOptions> options) : INerService
{
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
        var profile = request.Profile ?? (options.Value.EnablePatternRecognizers ? ProfileNames.Extraction : ProfileNames.Model);
        var detections = await pipeline.RecognizeAsync(
            new RecognitionRequest(request.Text, request.Language, route.ModelId, request.Types),
            profile,
            cancellationToken).ConfigureAwait(false);
        var entities = detections.Select(d => new RecognizedEntity(d.Start, d.End, d.Type, d.Confidence, d.Recognizer)).ToList();
        return new NerResponse(route.ModelId, route.IsFallback, entities);
    }

    private static string? NonEmpty(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;
}
