namespace EntityGraph.Silo.Ingestion;

/// <summary>Codes of sources that could not be read, next to the grain error codes.</summary>
public static class SourceErrorCodes
{
    public const string NotFound = "FILE_NOT_FOUND";
    public const string Unreadable = "FILE_UNREADABLE";
    public const string Binary = "BINARY_FILE";
    public const string InvalidUtf8 = "INVALID_UTF8";
    public const string InvalidJson = "INVALID_JSON";
    public const string DuplicateId = "DUPLICATE_ID";
}
