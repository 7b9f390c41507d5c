namespace EntityGraph.Grains.Documents;

/// <summary>Where a document grain's processing stands.</summary>
public enum DocumentStatus
{
    Idle,
    Processing,
    Succeeded,
    Failed,
}
