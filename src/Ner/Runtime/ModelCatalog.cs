using System.Collections.Concurrent;
using EntityGraph.Ner.Calibration;
using EntityGraph.Telemetry.Drift;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Versions;
using EntityGraph.Text.Tokenization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// The manifest and the models it lists, and the promoted versions of the <see cref="ModelRegistry"/>. A model is loaded
/// on first use, once (one session per model), and shared; a model no route names any more stays loaded, so requests in
/// flight on it finish there.
/// </summary>

public sealed class ModelCatalog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ITokenClassificationModel>>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModelCalibration?> _calibrations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DriftBaseline?> _baselines = new(StringComparer.Ordinal);
    private readonly OnnxSessionFactory _sessions;
    private readonly NerOptions _options;
    private readonly ILogger<ModelCatalog> _logger;
    private readonly Lazy<(ModelManifest Manifest, string Root)> _manifest;

    private readonly ModelRegistry _registry;

    public ModelCatalog(OnnxSessionFactory sessions, IOptions<NerOptions> options, ILogger<ModelCatalog> logger, ModelRegistry? registry = null)
    {
        _sessions = sessions;
        _registry = registry ?? new ModelRegistry(options);
        _options = options.Value;
        _logger = logger;
        _manifest = new Lazy<(ModelManifest, string)>(LoadManifest);
    }

    public ModelManifest Manifest => _manifest.Value.Manifest;

    public string Root => _manifest.Value.Root;

    public IEnumerable<ITokenClassificationModel> LoadedModels =>
        _loaded.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully).Select(l => l.Value.Result);

    public Task<ITokenClassificationModel> GetAsync(string modelId, CancellationToken cancellationToken = default) =>
        _loaded.GetOrAdd(modelId, id => new Lazy<Task<ITokenClassificationModel>>(() => Task.Run(() => Load(id), CancellationToken.None)))
            .Value.WaitAsync(cancellationToken);

    /// <summary>The promoted versions this catalog can load.</summary>
    public ModelRegistry Registry => _registry;

    /// <summary>The calibration stored with a loaded model (its folder's calibration.json), or null when it has none.</summary>
    public ModelCalibration? CalibrationOf(string modelId) => _calibrations.GetValueOrDefault(modelId);

    /// <summary>The drift baseline stored with a loaded model (its folder's drift-baseline.json), or null when it has none.</summary>
    public DriftBaseline? BaselineOf(string modelId) => _baselines.GetValueOrDefault(modelId);

    /// <summary>Loads a model folder directly (tools and tests), outside the manifest.</summary>
    public ITokenClassificationModel LoadFolder(string folder)
    {
        var config = ModelConfig.Load(folder);
        var batching = new BatchingSettings(_options.MaxBatchWindows, TimeSpan.FromMilliseconds(_options.BatchDelayMilliseconds), _logger);
        switch (config.Architecture)
        {
            case ModelArchitectures.Transformer:
            {
                var vocabulary = WordPieceVocabulary.Load(Path.Combine(folder, config.Vocabulary));
                var (session, provider) = _sessions.Create(config.Id, Path.Combine(folder, config.File));
                return new TokenClassificationModel(config, session, provider, vocabulary, batching);
            }

            case ModelArchitectures.BiLstmCrf:
            {
                var features = config.WordFeatures ?? throw new InvalidDataException($"{Path.Combine(folder, "config.json")} has no wordFeatures.");
                var words = SymbolVocabulary.Load(Path.Combine(folder, features.Words));
                var characters = SymbolVocabulary.Load(Path.Combine(folder, features.Characters));
                var graphs = new[] { Path.Combine(folder, config.File) }.Concat((config.Members ?? []).Select(m => MemberGraph(folder, config, m))).ToList();
                var sessions = new List<InferenceSession>();
                try
                {
                    var provider = string.Empty;
                    foreach (var graph in graphs)
                    {
                        (var session, provider) = _sessions.Create(config.Id, graph);
                        sessions.Add(session);
                    }

                    return new BiLstmCrfModel(config, sessions, provider, words, characters, batching);
                }
                catch
                {
                    sessions.ForEach(s => s.Dispose());
                    throw;
                }
            }

            default:
                throw new InvalidDataException($"{Path.Combine(folder, "config.json")}: unsupported architecture '{config.Architecture}' (expected {ModelArchitectures.Transformer} or {ModelArchitectures.BiLstmCrf}).");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var model in LoadedModels)
        {
            await model.DisposeAsync().ConfigureAwait(false);
        }
    }

    private ITokenClassificationModel Load(string modelId)
    {
        var entry = Manifest.Models.FirstOrDefault(m => m.Id == modelId);
        var folder = entry is not null ? Path.Combine(Root, entry.Path) : _registry.FolderOf(modelId)
            ?? throw new ModelUnavailableException($"Model '{modelId}' is neither in the manifest {Path.Combine(Root, "manifest.json")} nor a promoted version.");
        try
        {
            _calibrations[modelId] = ModelCalibration.Load(folder);
            _baselines[modelId] = DriftBaseline.Load(folder);
            return LoadFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            throw new ModelUnavailableException($"Model '{modelId}' could not be loaded: {ex.Message}", ex);
        }
    }

    private (ModelManifest, string) LoadManifest()
    {
        var root = ModelDirectoryLocator.Find(_options.ModelsDirectory)
            ?? throw new ModelUnavailableException($"No models folder with a manifest.json was found for '{_options.ModelsDirectory}'.");
        var path = Path.Combine(root, "manifest.json");
        var manifest = ModelManifest.Load(path);
        NerLog.ManifestLoaded(_logger, path, manifest.Models.Count, manifest.Routes.Count, manifest.Fallback ?? "(none)");
        return (manifest, root);
    }

    /// <summary>The graph of an ensemble member, which must be a bilstm-crf model (not an ensemble) with the ensemble's labels and word features.</summary>
    private static string MemberGraph(string folder, ModelConfig ensemble, string member)
    {
        var memberFolder = Path.GetFullPath(Path.Combine(folder, member));
        var config = ModelConfig.Load(memberFolder);
        var features = config.WordFeatures;
        if (config.Architecture != ModelArchitectures.BiLstmCrf || config.Members is not null || !config.Labels.SequenceEqual(ensemble.Labels) || features is null
            || features with { Words = string.Empty, Characters = string.Empty } != ensemble.WordFeatures! with { Words = string.Empty, Characters = string.Empty }
            || Path.GetFullPath(Path.Combine(memberFolder, features.Words)) != Path.GetFullPath(Path.Combine(folder, ensemble.WordFeatures.Words))
            || Path.GetFullPath(Path.Combine(memberFolder, features.Characters)) != Path.GetFullPath(Path.Combine(folder, ensemble.WordFeatures.Characters)))
        {
            throw new InvalidDataException($"{Path.Combine(folder, "config.json")}: member '{member}' is not a single bilstm-crf model with the same labels and word features, whose words and characters files this model uses.");
        }

        return Path.Combine(memberFolder, config.File);
    }
}
