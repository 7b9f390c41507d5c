using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Wraps the real store and counts calls per method, to prove the API batches its reads.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Count(string method) => _calls.TryGetValue(method, out var count) ? count : 0;

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Snapshot() => new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        Counted(inner.InitializeAsync(cancellationToken));

    public Task<string?> GetContentHashAsync(string documentId, CancellationToken cancellationToken = default) =>
        Counted(inner.GetContentHashAsync(documentId, cancellationToken));

    public Task<DocumentWriteOutcome> UpsertDocumentAsync(DocumentWrite write, CancellationToken cancellationToken = default) =>
        Counted(inner.UpsertDocumentAsync(write, cancellationToken));

    public Task<string?> FindEntityByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default) =>
        Counted(inner.FindEntityByKeyAsync(type, normalizedKey, cancellationToken));

    public Task<string?> FindEntityByNameKeyAsync(string normalizedKey, IReadOnlyCollection<string> excludedTypes, CancellationToken cancellationToken = default) =>
        Counted(inner.FindEntityByNameKeyAsync(normalizedKey, excludedTypes, cancellationToken));

    public Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Counted(inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Counted(inner.GetDocumentsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MentionRecord>>> GetMentionsByDocumentAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Counted(inner.GetMentionsByDocumentAsync(documentIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<AliasRecord>>> GetAliasesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        Counted(inner.GetAliasesAsync(entityIds, cancellationToken));

    public Task<Page<EntityRecord>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.SearchEntitiesAsync(query, cancellationToken));

    public Task<Page<DocumentRecord>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.ListDocumentsAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelatedDocumentRecord>> GetRelatedDocumentsAsync(string documentId, int first, CancellationToken cancellationToken = default) =>
        Counted(inner.GetRelatedDocumentsAsync(documentId, first, cancellationToken));

    public Task<IReadOnlyList<RelatedEntityRecord>> GetRelatedEntitiesAsync(string entityId, int first, CancellationToken cancellationToken = default) =>
        Counted(inner.GetRelatedEntitiesAsync(entityId, first, cancellationToken));

    public IAsyncEnumerable<MentionRecord> StreamMentionsAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamMentionsAsync));
        return inner.StreamMentionsAsync(cancellationToken);
    }

    public IAsyncEnumerable<EntityRecord> StreamEntitiesAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamEntitiesAsync));
        return inner.StreamEntitiesAsync(cancellationToken);
    }

    public IAsyncEnumerable<AliasRecord> StreamAliasesAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamAliasesAsync));
        return inner.StreamAliasesAsync(cancellationToken);
    }

    public IAsyncEnumerable<DocumentRecord> StreamDocumentsAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamDocumentsAsync));
        return inner.StreamDocumentsAsync(cancellationToken);
    }

    public IAsyncEnumerable<CooccurrenceRecord> StreamCooccurrencesAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamCooccurrencesAsync));
        return inner.StreamCooccurrencesAsync(cancellationToken);
    }

    public Task<bool> ChangeTagsAsync(TagChange change, CancellationToken cancellationToken = default) =>
        Counted(inner.ChangeTagsAsync(change, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Counted(inner.GetStatisticsAsync(cancellationToken));

    public Task<IReadOnlyList<LinkCandidateRecord>> FindLinkCandidatesAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.FindLinkCandidatesAsync(query, cancellationToken));

    public Task<Page<LinkDecisionRecord>> GetLinkDecisionsAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.GetLinkDecisionsAsync(query, cancellationToken));

    public Task<CurationResult> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default) =>
        Counted(inner.MergeEntitiesAsync(merge, cancellationToken));

    public Task<CurationResult> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default) =>
        Counted(inner.SplitEntityAsync(split, cancellationToken));

    public Task<CurationResult> RenameEntityAsync(EntityRename rename, CancellationToken cancellationToken = default) =>
        Counted(inner.RenameEntityAsync(rename, cancellationToken));

    public Task<CurationResult> AddAliasAsync(AliasAddition alias, CancellationToken cancellationToken = default) =>
        Counted(inner.AddAliasAsync(alias, cancellationToken));

    public Task<AliasImportResult> ImportAliasesAsync(IReadOnlyList<AliasImportRow> rows, string? actor = null, CancellationToken cancellationToken = default) =>
        Counted(inner.ImportAliasesAsync(rows, actor, cancellationToken));

    public Task<MentionRecord?> GetMentionAsync(long mentionId, CancellationToken cancellationToken = default) =>
        Counted(inner.GetMentionAsync(mentionId, cancellationToken));

    public Task<IReadOnlyList<MentionRecord>> GetAllMentionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        Counted(inner.GetAllMentionsAsync(documentId, cancellationToken));

    public Task<Page<MentionRecord>> GetReviewQueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.GetReviewQueueAsync(query, cancellationToken));

    public Task<MentionRecord> ReviewMentionAsync(MentionReview review, CancellationToken cancellationToken = default) =>
        Counted(inner.ReviewMentionAsync(review, cancellationToken));

    public Task<DocumentReview> CompleteReviewAsync(string documentId, string? reviewer, CancellationToken cancellationToken = default) =>
        Counted(inner.CompleteReviewAsync(documentId, reviewer, cancellationToken));

    public Task<IReadOnlyDictionary<long, IReadOnlyList<MentionReviewRecord>>> GetMentionReviewsAsync(IReadOnlyCollection<long> mentionIds, CancellationToken cancellationToken = default) =>
        Counted(inner.GetMentionReviewsAsync(mentionIds, cancellationToken));

    public IAsyncEnumerable<ReviewedDocumentRecord> StreamReviewedDocumentsAsync(FeedbackQuery query, CancellationToken cancellationToken = default)
    {
        Record(nameof(StreamReviewedDocumentsAsync));
        return inner.StreamReviewedDocumentsAsync(query, cancellationToken);
    }

    private T Counted<T>(T result, [CallerMemberName] string method = "")
    {
        Record(method);
        return result;
    }

    private void Record(string method) => _calls.AddOrUpdate(method, 1, (_, count) => count + 1);

    public Task AddApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        Record(nameof(AddApiKeyAsync));
        return inner.AddApiKeyAsync(key, cancellationToken);
    }

    public Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        Record(nameof(FindApiKeyAsync));
        return inner.FindApiKeyAsync(keyId, cancellationToken);
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(ListApiKeysAsync));
        return inner.ListApiKeysAsync(cancellationToken);
    }

    public Task<bool> RevokeApiKeyAsync(string name, CancellationToken cancellationToken = default)
    {
        Record(nameof(RevokeApiKeyAsync));
        return inner.RevokeApiKeyAsync(name, cancellationToken);
    }

    public Task CreateJobAsync(JobRecord job, CancellationToken cancellationToken = default)
    {
        Record(nameof(CreateJobAsync));
        return inner.CreateJobAsync(job, cancellationToken);
    }

    public Task<int> AddJobItemsAsync(string jobId, IReadOnlyList<JobItemWrite> items, bool complete, CancellationToken cancellationToken = default)
    {
        Record(nameof(AddJobItemsAsync));
        return inner.AddJobItemsAsync(jobId, items, complete, cancellationToken);
    }

    public Task<IReadOnlyList<JobItemRecord>> GetPendingJobItemsAsync(string jobId, long afterSequence, int first, CancellationToken cancellationToken = default)
    {
        Record(nameof(GetPendingJobItemsAsync));
        return inner.GetPendingJobItemsAsync(jobId, afterSequence, first, cancellationToken);
    }

    public Task<JobRecord> CompleteJobItemsAsync(string jobId, IReadOnlyList<JobItemCompletion> completions, CancellationToken cancellationToken = default)
    {
        Record(nameof(CompleteJobItemsAsync));
        return inner.CompleteJobItemsAsync(jobId, completions, cancellationToken);
    }

    public Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        Record(nameof(GetJobAsync));
        return inner.GetJobAsync(jobId, cancellationToken);
    }

    public Task<Page<JobRecord>> ListJobsAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        Record(nameof(ListJobsAsync));
        return inner.ListJobsAsync(query, cancellationToken);
    }

    public Task<Page<JobItemRecord>> GetJobItemsAsync(JobItemQuery query, CancellationToken cancellationToken = default)
    {
        Record(nameof(GetJobItemsAsync));
        return inner.GetJobItemsAsync(query, cancellationToken);
    }

    public Task<JobRecord> SetJobStateAsync(string jobId, string state, string? error = null, CancellationToken cancellationToken = default)
    {
        Record(nameof(SetJobStateAsync));
        return inner.SetJobStateAsync(jobId, state, error, cancellationToken);
    }

    public Task<bool> HeartbeatJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        Record(nameof(HeartbeatJobAsync));
        return inner.HeartbeatJobAsync(jobId, cancellationToken);
    }

    public Task<StoreCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        Record(nameof(CheckAsync));
        return inner.CheckAsync(cancellationToken);
    }
}
