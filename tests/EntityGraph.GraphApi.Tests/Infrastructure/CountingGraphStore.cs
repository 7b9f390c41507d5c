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

    public Task<bool> SetTagAsync(string documentId, string tag, bool present, CancellationToken cancellationToken = default) =>
        Counted(inner.SetTagAsync(documentId, tag, present, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Counted(inner.GetStatisticsAsync(cancellationToken));

    private T Counted<T>(T result, [CallerMemberName] string method = "")
    {
        Record(method);
        return result;
    }

    private void Record(string method) => _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
}
