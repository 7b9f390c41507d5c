namespace EntityGraph.Grains;

/// <summary>One grain per document id; the one write path of that document: ingest and tag changes, each written atomically.</summary>
[Alias("EntityGraph.IDocumentGrain")]
public interface IDocumentGrain : IGrainWithStringKey
{
    [Alias("Ingest")]
    Task<IngestResult> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds and removes manual tags in one store transaction; false when the document is not stored. Bad tags fail with
    /// INVALID_TAG (blank, longer than the limit, too many on the document).
    /// </summary>
    [Alias("ChangeTags")]
    Task<bool> ChangeTagsAsync(IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default);
}
