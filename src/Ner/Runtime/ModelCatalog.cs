using System.Collections.Concurrent;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Tokenization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// The manifest and the models it lists. A model is loaded on first use, once (one session per model), and shared.
/// </summary>
public sealed class ModelCatalog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ITokenClassificationModel>>> _loaded = new(StringComparer.Ordinal);
    private readonly OnnxSessionFactory _sessions;
    private readonly NerOptions _options;
    private readonly ILogger<ModelCatalog> _logger;
    private readonly Lazy<(ModelManifest Manifest, string Root)> _manifest;

    public ModelCatalog(OnnxSessionFactory sessions, IOptions<NerOptions> options, ILogger<ModelCatalog> logger)
    {
        _sessions = sessions;
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
                var (session, provider) = _sessions.Create(config.Id, Path.Combine(folder, config.File));
                try
                {
                    return new BiLstmCrfModel(config, session, provider, words, characters, batching);
                }
                catch
                {
                    session.Dispose();
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
        var entry = Manifest.Models.FirstOrDefault(m => m.Id == modelId)
            ?? throw new ModelUnavailableException($"Model '{modelId}' is not in the manifest {Path.Combine(Root, "manifest.json")}.");
        try
        {
            return LoadFolder(Path.Combine(Root, entry.Path));
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
}
