using EntityGraph.Ner.Models;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Versions;

/// <summary>
/// Promoted model versions beside the shipped ones: folders under the versions directory (EntityGraph:Ner:VersionsDirectory,
/// by default the data directory's models/) and registry.json, which says which version serves each route. Every process
/// that shares the folder (the silos of a cluster, the CLI) sees a change within <see cref="RefreshInterval"/> without a
/// restart: lookups re-read the file when it changed. Writes take a lock file, write a new registry and move it into
/// place, so readers never see half a file and concurrent writers do not lose each other's changes.
/// </summary>
public sealed class ModelRegistry
{
    /// <summary>The versions folder inside a data directory (where the silo and the tools look by default).</summary>
    public const string DataDirectoryFolder = "models";

    /// <summary>How often a lookup checks whether registry.json changed.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    private const string FileName = "registry.json";
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private ModelRegistryFile _current = new();
    private DateTime _loadedWriteTime = DateTime.MinValue;
    private long _checkedAt = long.MinValue;

    public ModelRegistry(IOptions<NerOptions> options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory = options.Value.VersionsDirectory is { Length: > 0 } configured ? System.IO.Path.GetFullPath(configured) : null;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The registry of a data directory's versions folder (tools outside a host).</summary>
    public static ModelRegistry ForDataDirectory(string dataDirectory) =>
        new(Options.Create(new NerOptions { VersionsDirectory = System.IO.Path.Combine(dataDirectory, DataDirectoryFolder) }));

    /// <summary>The versions folder, or null when none is configured (then only shipped models serve).</summary>
    public string? Directory { get; }

    /// <summary>The registry as last read (re-read when the file changed).</summary>
    public ModelRegistryFile Current
    {
        get
        {
            if (Directory is null)
            {
                return _current;
            }

            lock (_gate)
            {
                var now = _clock.GetTimestamp();
                if (_checkedAt != long.MinValue && _clock.GetElapsedTime(_checkedAt, now) < RefreshInterval)
                {
                    return _current;
                }

                _checkedAt = now;
                var path = System.IO.Path.Combine(Directory, FileName);
                var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
                if (written != _loadedWriteTime)
                {
                    _current = Read(path);
                    _loadedWriteTime = written;
                }

                return _current;
            }
        }
    }

    /// <summary>The promoted version active for a route, or null (the shipped model serves).</summary>
    public ModelVersion? ActiveFor(ModelRouteKey route)
    {
        var registry = Current;
        return registry.ActiveVersion(route) is { } name && name != ModelVersion.Shipped ? registry.Find(route, name) : null;
    }

    /// <summary>The folder of a promoted model by id, or null when the registry has none.</summary>
    public string? FolderOf(string modelId) =>
        Directory is not null && Current.Versions.FirstOrDefault(v => v.ModelId == modelId) is { } version
            ? System.IO.Path.Combine(Directory, version.Path)
            : null;

    /// <summary>
    /// Copies an exported model folder in as the next version of a route (v1, v2, ...) and records it; the route keeps
    /// serving what it served until the version is activated.
    /// </summary>
    public ModelVersion Register(string sourceFolder, ModelRouteKey route, IReadOnlyDictionary<string, double> devF1, string? baseModel)
    {
        ArgumentNullException.ThrowIfNull(sourceFolder);
        var directory = RequireDirectory();
        if (!File.Exists(System.IO.Path.Combine(sourceFolder, "config.json")))
        {
            throw new ModelVersionException($"{sourceFolder} is not a model folder (no config.json).");
        }

        ModelConfig.Load(sourceFolder);
        return Update(registry =>
        {
            var number = registry.Versions.Count(v => ModelRouteKey.Of(v.Language, v.Tier, v.Domain) == route) + 1;
            var name = $"v{number}";
            var modelId = route.Domain is null ? $"{route.Language}-{route.Tier}-{name}" : $"{route.Language}-{route.Tier}-{route.Domain}-{name}";
            var target = System.IO.Path.Combine(directory, modelId);
            CopyFolder(sourceFolder, target);
            var version = new ModelVersion(modelId, name, route.Language, route.Tier, route.Domain, modelId, devF1, baseModel, _clock.GetUtcNow());
            return (registry with { Versions = [.. registry.Versions, version] }, version);
        });
    }

    /// <summary>Makes <paramref name="version"/> serve the route (<see cref="ModelVersion.Shipped"/> for a general route's shipped model).</summary>
    public void Activate(ModelRouteKey route, string version)
    {
        RequireDirectory();
        Update(registry =>
        {
            if (version == ModelVersion.Shipped ? route.Domain is not null : registry.Find(route, version) is null)
            {
                var known = registry.Versions.Where(v => ModelRouteKey.Of(v.Language, v.Tier, v.Domain) == route).Select(v => v.Version).ToList();
                if (route.Domain is null)
                {
                    known.Insert(0, ModelVersion.Shipped);
                }

                throw new ModelVersionException($"Route {route} has no version '{version}' (known: {(known.Count == 0 ? "none" : string.Join(", ", known))}).");
            }

            var history = registry.Active.TryGetValue(route.ToString(), out var before) ? before : [];
            var active = new Dictionary<string, IReadOnlyList<string>>(registry.Active, StringComparer.Ordinal) { [route.ToString()] = [.. history, version] };
            return (registry with { Active = active }, 0);
        });
    }

    /// <summary>Returns the route to the version active before the current one; returns what is active afterwards (null: none).</summary>
    public string? Rollback(ModelRouteKey route)
    {
        RequireDirectory();
        return Update(registry =>
        {
            if (!registry.Active.TryGetValue(route.ToString(), out var history) || history.Count == 0)
            {
                throw new ModelVersionException($"Route {route} has no activation to roll back.");
            }

            var remaining = history.Take(history.Count - 1).ToList();
            var active = new Dictionary<string, IReadOnlyList<string>>(registry.Active, StringComparer.Ordinal) { [route.ToString()] = remaining };
            return (registry with { Active = active }, remaining.Count > 0 ? remaining[^1] : null);
        });
    }

    private T Update<T>(Func<ModelRegistryFile, (ModelRegistryFile Registry, T Result)> change)
    {
        var directory = RequireDirectory();
        System.IO.Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, FileName);
        using var fileLock = AcquireLock(System.IO.Path.Combine(directory, FileName + ".lock"));
        var (registry, result) = change(Read(path));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, System.Text.Json.JsonSerializer.Serialize(registry, ModelRegistryFile.Json));
        File.Move(temporary, path, overwrite: true);
        lock (_gate)
        {
            _current = registry;
            _loadedWriteTime = File.GetLastWriteTimeUtc(path);
            _checkedAt = _clock.GetTimestamp();
        }

        return result;
    }

    private string RequireDirectory() =>
        Directory ?? throw new ModelVersionException("No versions folder is configured (EntityGraph:Ner:VersionsDirectory, by default the data directory's models/).");

    private static ModelRegistryFile Read(string path)
    {
        if (!File.Exists(path))
        {
            return new ModelRegistryFile();
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ModelRegistryFile>(File.ReadAllText(path), ModelRegistryFile.Json) ?? new ModelRegistryFile();
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ModelVersionException($"{path} is not a valid model registry: {ex.Message}");
        }
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(25);
            }
        }
    }

    private static void CopyFolder(string source, string target)
    {
        if (System.IO.Directory.Exists(target))
        {
            System.IO.Directory.Delete(target, recursive: true);
        }

        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
    }
}
