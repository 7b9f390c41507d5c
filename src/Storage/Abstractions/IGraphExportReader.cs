namespace EntityGraph.Storage;

/// <summary>
/// The whole graph as streams, for exports and graph tools: each stream reads one consistent query in a stable order and
/// holds one connection while it is enumerated. Entities are those with mentions (the graph's nodes, as counted by
/// <see cref="IGraphReader.GetStatisticsAsync"/>); aliases, tags, mentions and co-occurrences only refer to those.
/// </summary>
public interface IGraphExportReader
{
    /// <summary>Entities with at least one mention, by id.</summary>
    IAsyncEnumerable<EntityRecord> StreamEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Aliases of the streamed entities, by entity, language and name: the names seen in mentions (count above 0), then
    /// manual aliases (<see cref="AliasRecord.Manual"/>) that no mention uses.
    /// </summary>
    IAsyncEnumerable<AliasRecord> StreamAliasesAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents by id, with their tags; <see cref="DocumentRecord.Text"/> included.</summary>
    IAsyncEnumerable<DocumentRecord> StreamDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every mention in document order.</summary>
    IAsyncEnumerable<MentionRecord> StreamMentionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Pairs of entities mentioned in the same documents, with the same normalized PMI as related entities.</summary>
    IAsyncEnumerable<CooccurrenceRecord> StreamCooccurrencesAsync(CancellationToken cancellationToken = default);
}
