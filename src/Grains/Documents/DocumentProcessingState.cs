namespace EntityGraph.Grains.Documents;

/// <summary>In-memory processing state of one document grain activation.</summary>
internal sealed class DocumentProcessingState
{
    public DocumentStatus Status { get; private set; } = DocumentStatus.Idle;

    public string? LastHash { get; private set; }

    public string? LastError { get; private set; }

    public ExtractionResult? LastExtraction { get; private set; }

    public void Start() => Status = DocumentStatus.Processing;

    public void Succeed(string hash, ExtractionResult extraction)
    {
        Status = DocumentStatus.Succeeded;
        LastHash = hash;
        LastExtraction = extraction;
        LastError = null;
    }

    public void Fail(string error)
    {
        Status = DocumentStatus.Failed;
        LastError = error;
    }
}
