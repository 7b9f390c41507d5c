namespace EntityGraph.Redaction;

/// <summary>An operator spec sent with a redaction request is invalid (unknown operator, bad mask settings).</summary>
public sealed class RedactionRequestException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RedactionRequestException()
        : base("The redaction request is invalid.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public RedactionRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public RedactionRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
