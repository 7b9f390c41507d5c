using System.Runtime.CompilerServices;
using System.Data.Common;
using EntityGraph.Storage.Relational.Curation;
using EntityGraph.Storage.Relational.Jobs;
using EntityGraph.Storage.Relational.Review;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// <see cref="IGraphStore"/> on a SQL database, written once for every backend: the queries are standard SQL, and the
/// <see cref="RelationalBackend"/> supplies connections, the cross-process write lock, migrations and the few dialect
/// fragments. Each operation opens its own connection; writes are serialized by an in-process gate and by the backend's
/// write transaction across processes. The schema is migrated on <see cref="InitializeAsync"/>, or on first use.
/// </summary>
public class RelationalGraphStore : IGraphStore, IDisposable
{
    private readonly RelationalBackend _backend;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly DocumentWriter _documents;
    private readonly TagWriter _tags;
    private readonly EntityReader _entityReader;
    private readonly DocumentReader _documentReader;
    private readonly MentionReader _mentionReader;
    private readonly GraphExportReader _export;
    private readonly ApiKeyRows _apiKeys;
    private readonly EntitySearch _search;
    private readonly RelatedDocumentsQuery _relatedDocuments;
    private readonly RelatedEntitiesQuery _relatedEntities;
    private readonly LinkCandidateReader _candidates;
    private readonly LinkDecisionReader _decisions;
    private readonly CurationWriter _curation;
    private readonly ReviewReader _review;
    private readonly JobRows _jobs;
    private volatile bool _initialized;

    public RelationalGraphStore(RelationalBackend backend, ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _backend = backend;
        _logger = logger;
        _clock = timeProvider;
        _documents = new DocumentWriter(backend, _writeGate, logger, timeProvider);
        _tags = new TagWriter(backend, _writeGate, logger);
        _entityReader = new EntityReader(backend);
        _documentReader = new DocumentReader(backend);
        _mentionReader = new MentionReader(backend);
        _export = new GraphExportReader(backend);
        _apiKeys = new ApiKeyRows(backend);
        _search = new EntitySearch(backend);
        _relatedDocuments = new RelatedDocumentsQuery(backend);
        _relatedEntities = new RelatedEntitiesQuery(backend);
        _candidates = new LinkCandidateReader(backend);
        _decisions = new LinkDecisionReader(backend);
        _curation = new CurationWriter(backend, _writeGate, logger, timeProvider);
        _review = new ReviewReader(backend);
        _jobs = new JobRows(backend);
    }

    /// <summary>The backend this store runs on.</summary>
    public RelationalBackend Backend => _backend;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _initializeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (before, after) = await _backend.MigrateAsync(_clock, cancellationToken).ConfigureAwait(false);
            if (before < after)
            {
                GraphStoreLog.SchemaMigrated(_logger, _backend.ProviderName, _backend.Location, before, after);
            }
            else
            {
                _backend.LogReady(_logger, after);
            }

            _initialized = true;
        }
        catch (Exception failure) when (failure is DbException or IOException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
        {
            GraphStoreLog.OpenFailed(_logger, _backend.ProviderName, _backend.Location, failure.Message);
            throw new GraphStoreException(
                ErrorCodes.StorageFailure,
                $"Opening the {_backend.ProviderName} graph store at {_backend.Location} failed: {failure.Message}",
                failure);
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    public async Task<StoreCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (intact, detail) = await _backend.CheckIntegrityAsync(connection, cancellationToken).ConfigureAwait(false);
        var problems = intact ? await GraphCountAudit.FindProblemsAsync(connection, cancellationToken).ConfigureAwait(false) : [];
        return new StoreCheckResult(intact, detail, problems);
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

    public Task<string?> FindEntityByNameKeyAsync(string normalizedKey, IReadOnlyCollection<string> excludedTypes, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(FindEntityByNameKeyAsync), token => _entityReader.FindByNameKeyAsync(normalizedKey, excludedTypes, token), cancellationToken);

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

    public IAsyncEnumerable<EntityRecord> StreamEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(_export.EntitiesAsync, cancellationToken);

    public IAsyncEnumerable<AliasRecord> StreamAliasesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(_export.AliasesAsync, cancellationToken);

    public IAsyncEnumerable<DocumentRecord> StreamDocumentsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(_export.DocumentsAsync, cancellationToken);

    public IAsyncEnumerable<MentionRecord> StreamMentionsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(_export.MentionsAsync, cancellationToken);

    public IAsyncEnumerable<CooccurrenceRecord> StreamCooccurrencesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(_export.CooccurrencesAsync, cancellationToken);

    public Task AddApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(AddApiKeyAsync), (connection, transaction, _) => ApiKeyRows.AddAsync(connection, transaction, key, cancellationToken), cancellationToken);

    public Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(FindApiKeyAsync), token => _apiKeys.FindAsync(keyId, token), cancellationToken);

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(ListApiKeysAsync), _apiKeys.ListAsync, cancellationToken);

    public Task<bool> RevokeApiKeyAsync(string name, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(RevokeApiKeyAsync), (connection, transaction, now) => ApiKeyRows.RevokeAsync(connection, transaction, name, now, cancellationToken), cancellationToken);

    public async Task<bool> ChangeTagsAsync(TagChange change, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _tags.ChangeAsync(change, cancellationToken).ConfigureAwait(false);
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

    public Task<AliasImportResult> ImportAliasesAsync(IReadOnlyList<AliasImportRow> rows, string? actor = null, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(ImportAliasesAsync), (connection, transaction, now) => AliasImporter.ImportAsync(connection, transaction, rows, actor, now, cancellationToken), cancellationToken);

    public Task<MentionRecord?> GetMentionAsync(long mentionId, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetMentionAsync), token => _review.GetMentionAsync(mentionId, token), cancellationToken);

    public Task<IReadOnlyList<MentionRecord>> GetAllMentionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetAllMentionsAsync), token => _review.GetAllMentionsAsync(documentId, token), cancellationToken);

    public Task<Page<MentionRecord>> GetReviewQueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetReviewQueueAsync), token => _review.GetQueueAsync(query, token), cancellationToken);

    public Task<MentionRecord> ReviewMentionAsync(MentionReview review, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(ReviewMentionAsync), (connection, transaction, now) => MentionReviewer.ApplyAsync(connection, transaction, review, _logger, now, cancellationToken), cancellationToken);

    public Task<DocumentReview> CompleteReviewAsync(string documentId, string? reviewer, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(CompleteReviewAsync), (connection, transaction, now) => MentionReviewer.CompleteAsync(connection, transaction, documentId, reviewer, now, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<MentionReviewRecord>>> GetMentionReviewsAsync(IReadOnlyCollection<long> mentionIds, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetMentionReviewsAsync), token => _review.GetReviewsAsync(mentionIds, token), cancellationToken);

    public IAsyncEnumerable<ReviewedDocumentRecord> StreamReviewedDocumentsAsync(FeedbackQuery query, CancellationToken cancellationToken = default) =>
        StreamAsync(token => _review.StreamReviewedAsync(query, token), cancellationToken);

    public Task CreateJobAsync(JobRecord job, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(CreateJobAsync), (connection, transaction, _) => JobRows.CreateAsync(connection, transaction, job, cancellationToken), cancellationToken);

    public Task<int> AddJobItemsAsync(string jobId, IReadOnlyList<JobItemWrite> items, bool complete, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(AddJobItemsAsync), (connection, transaction, _) => JobRows.AddItemsAsync(connection, transaction, jobId, items, complete, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<JobItemRecord>> GetPendingJobItemsAsync(string jobId, long afterSequence, int first, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetPendingJobItemsAsync), token => _jobs.GetPendingAsync(jobId, afterSequence, first, token), cancellationToken);

    public Task<JobRecord> CompleteJobItemsAsync(string jobId, IReadOnlyList<JobItemCompletion> completions, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(CompleteJobItemsAsync), (connection, transaction, now) => JobRows.CompleteItemsAsync(connection, transaction, jobId, completions, now, cancellationToken), cancellationToken);

    public Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetJobAsync), token => _jobs.GetAsync(jobId, token), cancellationToken);

    public Task<Page<JobRecord>> ListJobsAsync(JobQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(ListJobsAsync), token => _jobs.ListAsync(query, token), cancellationToken);

    public Task<Page<JobItemRecord>> GetJobItemsAsync(JobItemQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(nameof(GetJobItemsAsync), token => _jobs.GetItemsAsync(query, token), cancellationToken);

    public Task<JobRecord> SetJobStateAsync(string jobId, string state, string? error = null, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(SetJobStateAsync), (connection, transaction, now) => JobRows.SetStateAsync(connection, transaction, jobId, state, error, now, cancellationToken), cancellationToken);

    public Task<bool> HeartbeatJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        CurateAsync(nameof(HeartbeatJobAsync), (connection, transaction, now) => JobRows.HeartbeatAsync(connection, transaction, jobId, now, cancellationToken), cancellationToken);

    /// <summary>Releases pooled connections (so a database file can be moved or deleted).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _backend.Dispose();
            _writeGate.Dispose();
            _initializeGate.Dispose();
        }
    }

    private async Task<T> CurateAsync<T>(string operation, Func<DbConnection, DbTransaction, long, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _curation.RunAsync(operation, work, cancellationToken).ConfigureAwait(false);
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken = default) =>
        _initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(Func<CancellationToken, IAsyncEnumerable<T>> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var item in stream(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async Task<T> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException failure)
        {
            GraphStoreLog.OperationFailed(_logger, failure, operation);
            throw new GraphStoreException(ErrorCodes.StorageFailure, $"{operation} failed: {failure.Message}", failure);
        }
    }
}
