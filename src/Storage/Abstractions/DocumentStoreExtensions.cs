namespace EntityGraph.Storage;

/// <summary>Shorthands over <see cref="IDocumentStore"/>.</summary>
public static class DocumentStoreExtensions
{
    /// <summary>Adds (<paramref name="present"/>) or removes one manual tag; false when the document does not exist.</summary>
    public static Task<bool> SetTagAsync(this IDocumentStore store, string documentId, string tag, bool present, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ChangeTagsAsync(present ? new TagChange(documentId, [tag], []) : new TagChange(documentId, [], [tag]), cancellationToken);
    }
}
