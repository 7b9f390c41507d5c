namespace EntityGraph.Storage;

/// <summary>
/// A graph store operation that was rejected or failed. <see cref="Code"/> is one of <see cref="ErrorCodes"/>;
/// whatever the code, nothing was written.
/// </summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>A stable machine-readable code from <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>True when the caller's input was at fault (not the storage itself).</summary>
    public bool IsInvalidInput => Code is not ErrorCodes.StorageFailure and not ErrorCodes.UnsupportedSchema;
}
