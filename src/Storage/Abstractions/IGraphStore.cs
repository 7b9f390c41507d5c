namespace EntityGraph.Storage;

/// <summary>
/// The entity graph store: entities with aliases, documents with tags, mentions and co-occurrence, behind one contract
/// that every backend (Storage.Sqlite, Storage.Postgres) implements and one conformance suite proves. Callers take the
/// role they need: <see cref="IDocumentStore"/> (document writes), <see cref="IGraphReader"/> (reads and search),
/// <see cref="ILinkingStore"/> (linking), <see cref="ICurationStore"/> (curation) and <see cref="IGraphExportReader"/> (the
/// whole graph as streams), <see cref="IApiKeyStore"/> (API keys) and <see cref="IReviewStore"/> (the review loop), <see cref="IJobStore"/> (batch jobs).
/// </summary>
public interface IGraphStore : IDocumentStore, IGraphReader, ILinkingStore, ICurationStore, IGraphExportReader, IApiKeyStore, IReviewStore, IJobStore
{
    /// <summary>Creates the schema when missing. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks the database's integrity and recomputes every count (entity mention and document counts, alias counts,
    /// co-occurrence) from the mention rows; run after an unclean stop and by <c>entitygraph store check</c>.
    /// </summary>
    Task<StoreCheckResult> CheckAsync(CancellationToken cancellationToken = default);
}
