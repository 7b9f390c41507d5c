namespace EntityGraph.Documents;

/// <summary>Thrown when a file cannot be turned into text; <see cref="Code"/> is one of the <see cref="DocumentErrorCodes"/>.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of the <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="message">A human-readable reason.</param>
    public DocumentReadException(string code, string message)
        : this(code, message, null)
    {
    }

    /// <summary>Creates the exception with the library error that caused it.</summary>
    /// <param name="code">One of the <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="message">A human-readable reason.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public DocumentReadException(string code, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>Why the file could not be read: one of the <see cref="DocumentErrorCodes"/>.</summary>
    public string Code { get; }
}
