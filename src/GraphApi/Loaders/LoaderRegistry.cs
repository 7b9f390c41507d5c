using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Loaders;

/// <summary>The batch loaders of one request (registered scoped): one store call per batch of keys.</summary>
public sealed class LoaderRegistry
{
    public LoaderRegistry(IGraphStore store)
    {
        Entities = new BatchLoader<string, EntityRecord>(store.GetEntitiesAsync, StringComparer.Ordinal);
        Documents = new BatchLoader<string, DocumentRecord>(store.GetDocumentsAsync, StringComparer.Ordinal);
        Mentions = new BatchLoader<string, IReadOnlyList<MentionRecord>>(store.GetMentionsByDocumentAsync, StringComparer.Ordinal);
        Aliases = new BatchLoader<string, IReadOnlyList<AliasRecord>>(store.GetAliasesAsync, StringComparer.Ordinal);
        Reviews = new BatchLoader<long, IReadOnlyList<MentionReviewRecord>>(store.GetMentionReviewsAsync);
    }

    /// <summary>Entities by id.</summary>
    public BatchLoader<string, EntityRecord> Entities { get; }

    /// <summary>Documents by id.</summary>
    public BatchLoader<string, DocumentRecord> Documents { get; }

    /// <summary>Mentions of each document, by document id, in text order.</summary>
    public BatchLoader<string, IReadOnlyList<MentionRecord>> Mentions { get; }

    /// <summary>Aliases of each entity, by entity id, most frequent first.</summary>
    public BatchLoader<string, IReadOnlyList<AliasRecord>> Aliases { get; }

    /// <summary>The review log of each mention, by mention id, oldest first.</summary>
    public BatchLoader<long, IReadOnlyList<MentionReviewRecord>> Reviews { get; }

    /// <summary>Drops every cached value; mutations call this so their results show what they wrote.</summary>
    public void Clear()
    {
        Entities.Clear();
        Documents.Clear();
        Mentions.Clear();
        Aliases.Clear();
        Reviews.Clear();
    }
}
