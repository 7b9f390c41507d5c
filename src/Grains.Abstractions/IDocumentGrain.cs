namespace EntityGraph.Grains;

/// <summary>One grain per document id; owns that document's processing and writes it to the store atomically.</summary>
[Alias("EntityGraph.IDocumentGrain")]
public interface IDocumentGrain : IGrainWithStringKey
{
    [Alias("Ingest")]
    Task<IngestResult> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default);
}
