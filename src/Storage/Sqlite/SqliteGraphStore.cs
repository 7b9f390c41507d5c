using System.Runtime.CompilerServices;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite.Curation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Sqlite;

/// <summary>
/// <see cref="IGraphStore"/> on one SQLite file in WAL mode. Each operation opens its own connection; writes are
/// serialized by an in-process gate and by <c>BEGIN IMMEDIATE</c> across processes. The schema is created on
/// <see cref="InitializeAsync"/>, or on first use.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly GraphStoreConnections _connections;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private readonly SchemaMigrator _migrator;
    private readonly DocumentWriter _documents;
    private readonly TagWriter _tags;
    private readonly EntityReader _entityReader;
    private readonly DocumentReader _documentReader;
    private readonly MentionReader _mentionReader;
    private readonly EntitySearch _search;
    private readonly RelatedDocumentsQuery _relatedDocuments;
    private readonly RelatedEntitiesQuery _relatedEntities;
    private readonly LinkCandidateReader _candidates;
    private readonly LinkDecisionReader _decisions;
    private readonly CurationWriter _curation;
    private volatile bool _initialized;

    public SqliteGraphStore(IOptions<GraphStoreOptions> options, ILogger<SqliteGraphStore> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connections = new GraphStoreConnections(options.Value);
        _logger = logger;
        _migrator = new SchemaMigrator(_connections, logger, timeProvider);
        _documents = new DocumentWriter(_connections, _writeGate, logger, timeProvider);
        _tags = new TagWriter(_connections, _writeGate, logger);
        _entityReader = new EntityReader(_connections);
        _documentReader = new DocumentReader(_connections);
        _mentionReader = new MentionReader(_connections);
        _search = new EntitySearch(_connections);
        _relatedDocuments = new RelatedDocumentsQuery(_connections);
        _relatedEntities = new RelatedEntitiesQuery(_connections);
        _candidates = new LinkCandidateReader(_connections);
        _decisions = new LinkDecisionReader(_connections);
        _curation = new CurationWriter(_connections, _writeGate, logger, timeProvider);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _initializeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        catch (SqliteException failure)
        {
            GraphStoreLog.OperationFailed(_logger, failure, nameof(InitializeAsync));
            throw new GraphStoreException(
                GraphStoreErrorCodes.StorageFailure,
                $"Creating the graph store schema in '{DatabasePath}' failed: {failure.Message}",
                failure);
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    public Task<string?> GetContentHashAsync(string documentId, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetContentHashAsync), token => _documentReader.GetContentHashAsync(documentId, token), cancellationToken);

    public async Task<DocumentWriteOutcome> UpsertDocumentAsync(DocumentWrite write, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _documents.UpsertAsync(write, cancellationToken).ConfigureAwait(false);
    }

    public Task<string?> FindEntityByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(FindEntityByKeyAsync), token => _entityReader.FindByKeyAsync(type, normalizedKey, token), cancellationToken);

    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetEntitiesAsync), token => _entityReader.GetAsync(ids, token), cancellationToken);

    public Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetDocumentsAsync), token => _documentReader.GetAsync(ids, token), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MentionRecord>>> GetMentionsByDocumentAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetMentionsByDocumentAsync), token => _mentionReader.GetByDocumentAsync(documentIds, token), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<AliasRecord>>> GetAliasesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetAliasesAsync), token => _entityReader.GetAliasesAsync(entityIds, token), cancellationToken);

    public Task<Page<EntityRecord>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(SearchEntitiesAsync), token => _search.SearchAsync(query, token), cancellationToken);

    public Task<Page<DocumentRecord>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(ListDocumentsAsync), token => _documentReader.ListAsync(query, token), cancellationToken);

    public Task<IReadOnlyList<RelatedDocumentRecord>> GetRelatedDocumentsAsync(string documentId, int first, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetRelatedDocumentsAsync), token => _relatedDocuments.GetAsync(documentId, first, token), cancellationToken);

    public Task<IReadOnlyList<RelatedEntityRecord>> GetRelatedEntitiesAsync(string entityId, int first, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetRelatedEntitiesAsync), token => _relatedEntities.GetAsync(entityId, first, token), cancellationToken);

    public async IAsyncEnumerable<MentionRecord> StreamMentionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var mention in _mentionReader.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return mention;
        }
    }

    public async Task<bool> SetTagAsync(string documentId, string tag, bool present, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _tags.SetAsync(documentId, tag, present, cancellationToken).ConfigureAwait(false);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetStatisticsAsync), _entityReader.GetStatisticsAsync, cancellationToken);

    public Task<IReadOnlyList<LinkCandidateRecord>> FindLinkCandidatesAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(FindLinkCandidatesAsync), token => _candidates.FindAsync(query, token), cancellationToken);

    public Task<Page<LinkDecisionRecord>> GetLinkDecisionsAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetLinkDecisionsAsync), token => _decisions.ReadAsync(query, token), cancellationToken);

    public Task<CurationResult> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(MergeEntitiesAsync), (connection, transaction, now) => EntityMerger.MergeAsync(connection, transaction, merge, now, cancellationToken), cancellationToken);

    public Task<CurationResult> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(SplitEntityAsync), (connection, transaction, now) => EntitySplitter.SplitAsync(connection, transaction, split, now, cancellationToken), cancellationToken);

    public Task<CurationResult> RenameEntityAsync(EntityRename rename, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(RenameEntityAsync), (connection, transaction, now) => EntityRenamer.RenameAsync(connection, transaction, rename, now, cancellationToken), cancellationToken);

    public Task<CurationResult> AddAliasAsync(AliasAddition alias, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(AddAliasAsync), (connection, transaction, now) => AliasAdder.AddAsync(connection, transaction, alias, now, cancellationToken), cancellationToken);

    public Task<AliasImportResult> ImportAliasesAsync(IReadOnlyList<AliasImportRow> rows, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(ImportAliasesAsync), (connection, transaction, now) => AliasImporter.ImportAsync(connection, transaction, rows, now, cancellationToken), cancellationToken);

    /// <summary>Releases pooled connections so the database file can be moved or deleted.</summary>
    public void Dispose()
    {
        _connections.ClearPool();
        _writeGate.Dispose();
        _initializeGate.Dispose();
    }

    private async Task<T> CurateAsync<T>(string operation, Func<Microsoft.Data.Sqlite.SqliteConnection, Microsoft.Data.Sqlite.SqliteTransaction, long, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _curation.RunAsync(operation, work, cancellationToken).ConfigureAwait(false);
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken = default) =>
        _initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);

    private async Task<T> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException failure)
        {
            GraphStoreLog.OperationFailed(_logger, failure, operation);
            throw new GraphStoreException(GraphStoreErrorCodes.StorageFailure, $"{operation} failed: {failure.Message}", failure);
        }
    }
}
