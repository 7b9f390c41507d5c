using System.Text.Json;
using EntityGraph.Ner.Models;

namespace EntityGraph.Training.Export;

/// <summary>Adds or replaces a model in models/manifest.json, optionally routing languages or the fallback to it.</summary>
public static class ManifestUpdater
{
    public static void Update(string manifestPath, string modelFolder, ExportReport report, IReadOnlyList<string> routeLanguages, bool fallback, string tier)
    {
        var manifest = File.Exists(manifestPath) ? ModelManifest.Load(manifestPath) : new ModelManifest();
        var root = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var entry = new ManifestModel
        {
            Id = report.ModelId,
            Path = Path.GetRelativePath(root, Path.GetFullPath(modelFolder)),
            Languages = report.Languages.Count > 0 ? report.Languages : [report.Language],
            Tier = tier,
            DevF1 = report.DevF1PerFile.Count > 0
                ? new Dictionary<string, double>(report.DevF1PerFile)
                : report.DevData.Count == 0 || (report.Quantized ? report.Int8 : report.Float32) is not { } scores
                    ? new Dictionary<string, double>()
                    : new Dictionary<string, double> { [string.Join('+', report.DevData.Select(Path.GetFileName))] = scores.F1 },
            SizeBytes = report.FileBytes,
        };
        var models = manifest.Models.Where(m => m.Id != entry.Id).Append(entry).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var routes = new Dictionary<string, LanguageRoute>(manifest.Routes);
        foreach (var language in routeLanguages)
        {
            routes.TryGetValue(language, out var existing);
            routes[language] = tier == "fast"
                ? new LanguageRoute(existing?.Best ?? entry.Id, entry.Id)
                : new LanguageRoute(entry.Id, existing?.Fast);
        }

        var updated = manifest with
        {
            Models = models,
            Routes = routes.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Value),
            Fallback = fallback ? entry.Id : manifest.Fallback,
        };
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(updated, ModelConfig.Json));
    }

    /// <summary>
    /// Records a packed model's new size and dev F1 in the manifest: per file where the model was scored file by file,
    /// else the one combined figure its entry holds.
    /// </summary>
    public static void SetPacked(string manifestPath, string modelId, PackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var manifest = ModelManifest.Load(manifestPath);
        var entry = manifest.Models.FirstOrDefault(m => m.Id == modelId) ?? throw new ArgumentException($"{manifestPath} has no model '{modelId}'");
        var devF1 = report.After is null ? entry.DevF1
            : report.AfterPerFile.Count > 0 ? new Dictionary<string, double>(report.AfterPerFile)
            : entry.DevF1.Count == 1 ? new Dictionary<string, double> { [entry.DevF1.Keys.Single()] = report.After.F1 }
            : entry.DevF1;
        var updated = manifest with { Models = manifest.Models.Select(m => m.Id == modelId ? m with { SizeBytes = report.BytesAfter, DevF1 = devF1 } : m).ToList() };
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(updated, ModelConfig.Json));
    }
}
