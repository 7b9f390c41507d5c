using EntityGraph.Ner;
using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Runtime;
using EntityGraph.Ner.Versions;
using EntityGraph.Storage;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Models;

/// <summary>
/// Lists the models of this silo's manifest and the promoted versions of its versions folder with the routes the NER
/// service resolves for them (configured pins and activations included), their measured dev F1, the dev sets their
/// calibration was fitted on and whether they are loaded here; activates and rolls back versions.
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
        var registry = catalog.Registry.Current;
        var promoted = registry.Versions
            .OrderBy(version => version.ModelId, StringComparer.Ordinal)
            .Select(version =>
            {
                var route = ModelRouteKey.Of(version.Language, version.Tier, version.Domain);
                var active = registry.ActiveVersion(route) == version.Version;
                var served = active && (version.Domain is not null || ner.Route(version.Language, Tier(version.Tier)).ModelId == version.ModelId);
                return new ModelSummary(
                    version.ModelId,
                    version.Version,
                    [version.Language],
                    version.Tier,
                    served ? [route.ToString()] : [],
                    false,
                    FolderSize(catalog.Registry.FolderOf(version.ModelId)),
                    version.DevF1,
                    CalibratedOn(catalog.Registry.FolderOf(version.ModelId) ?? string.Empty),
                    loaded.Contains(version.ModelId),
                    version.Domain);
            });
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
            .Concat(promoted)
            .ToList();
        return Task.FromResult(models);
    }

    public Task ActivateAsync(string language, string tier, string? domain, string version, CancellationToken cancellationToken = default)
    {
        var route = RouteOf(language, tier, domain);
        Run(() => catalog.Registry.Activate(route, version?.Trim() ?? string.Empty));
        return Task.CompletedTask;
    }

    public Task<string?> RollbackAsync(string language, string tier, string? domain, CancellationToken cancellationToken = default)
    {
        var route = RouteOf(language, tier, domain);
        string? active = null;
        Run(() => active = catalog.Registry.Rollback(route));
        return Task.FromResult(active);
    }

    private static ModelRouteKey RouteOf(string language, string tier, string? domain)
    {
        if (string.IsNullOrWhiteSpace(language) || language.Trim().Length > StorageLimits.MaxLanguageLength)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "A language code is required (at most 35 characters).");
        }

        if (!ModelRouteKey.IsTier(tier?.Trim()))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The tier must be best or fast, not '{tier}'.");
        }

        if (!string.IsNullOrWhiteSpace(domain) && !DomainRules.IsValid(domain.Trim()))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, DomainRules.Describe(domain.Trim()));
        }

        return ModelRouteKey.Of(language, tier, domain);
    }

    private static void Run(Action change)
    {
        try
        {
            change();
        }
        catch (ModelVersionException ex)
        {
            throw new EntityGraphException(ErrorCodes.NotFound, ex.Message);
        }
    }

    private static NerAccuracy Tier(string tier) => tier == "fast" ? NerAccuracy.Fast : NerAccuracy.Best;

    private static long FolderSize(string? folder) =>
        folder is not null && Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Sum(file => new FileInfo(file).Length) : 0;

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
