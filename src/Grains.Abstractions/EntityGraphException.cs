namespace EntityGraph.Grains;

/// <summary>A client error with a stable machine-readable code (e.g. EMPTY_TEXT, TEXT_TOO_LARGE, NOT_FOUND).</summary>
[GenerateSerializer, Alias("EntityGraph.EntityGraphException.v1")]
public sealed class EntityGraphException : Exception
{
    public EntityGraphException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    [Id(0)]
    public string Code { get; }
}
