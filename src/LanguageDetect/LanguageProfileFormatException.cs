namespace EntityGraph.LanguageDetect;

/// <summary>Thrown when a language profile file is missing, truncated or not in the expected format.</summary>
public sealed class LanguageProfileFormatException : Exception
{
    public LanguageProfileFormatException(string message)
        : base(message)
    {
    }

    public LanguageProfileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
