namespace EntityGraph.Grains;

/// <summary>
/// A client error with a stable machine-readable code (e.g. EMPTY_TEXT, TEXT_TOO_LARGE, NOT_FOUND); <see cref="Retryable"/>
/// when sending the same request again may succeed (a silo left the cluster).
/// </summary>
[GenerateSerializer, Alias("EntityGraph.EntityGraphException.v1")]
public sealed class EntityGraphException : Exception
{
    public EntityGraphException(string code, string message, bool retryable = false)
        : base(message)
    {
        Code = code;
        Retryable = retryable;
    }

    [Id(0)]
    public string Code { get; }

    [Id(1)]
    public bool Retryable { get; }
}
