using EntityGraph.Ner;
using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Runtime;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Models;

/// <summary>
/// Lists the models of this silo's manifest with the routes the NER service resolves for them (configured pins
/// included), their measured dev F1, the dev sets their calibration was fitted on and whether they are loaded here.
/// </summary>
[StatelessWorker]
public sealed class ModelCatalogGrain(ModelCatalog catalog, INerService ner) : Grain, IModelCatalogGrain
{
    /// <summary>The version name of the models shipped in the repository's models folder.</summary>
    public const string ShippedVersion = "shipped";

    public Task<IReadOnlyList<ModelSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var manifest = catalog.Manifest;
        var routes = manifest.Routes.Keys
            .SelectMany(language => new[] { NerAccuracy.Best, NerAccuracy.Fast }.Select(tier => (Key: $"{language}:{tier.ToString().ToLowerInvariant()}", Served: ner.Route(language, tier))))
            .Where(route => !route.Served.IsFallback)
            .ToLookup(route => route.Served.ModelId, route => route.Key, StringComparer.Ordinal);
        var loaded = ner.LoadedModelIds.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<ModelSummary> models = manifest.Models
            .OrderBy(model => model.Id, StringComparer.Ordinal)
            .Select(model => new ModelSummary(
                model.Id,
                ShippedVersion,
                model.Languages,
                model.Tier,
                routes[model.Id].Order(StringComparer.Ordinal).ToList(),
                model.Id == manifest.Fallback,
                model.SizeBytes,
                model.DevF1,
                CalibratedOn(Path.Combine(catalog.Root, model.Path)),
                loaded.Contains(model.Id)))
            .ToList();
        return Task.FromResult(models);
    }

    private static IReadOnlyList<string> CalibratedOn(string folder)
    {
        try
        {
            return ModelCalibration.Load(folder)?.FittedOn ?? [];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
