namespace EntityGraph.Grains;

/// <summary>Error codes reported to clients in GraphQL <c>extensions.code</c> and CLI output.</summary>
public static class ErrorCodes
{
    public const string EmptyText = "EMPTY_TEXT";
    public const string TextTooLarge = "TEXT_TOO_LARGE";
    public const string InvalidInput = "INVALID_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string ModelUnavailable = "MODEL_UNAVAILABLE";

    /// <summary>A curation would give an alias key to a second entity; merge the entities instead.</summary>
    public const string KeyConflict = "KEY_CONFLICT";

    /// <summary>A curation request is malformed (merging an entity into itself, splitting off every mention...).</summary>
    public const string InvalidCuration = "INVALID_CURATION";
}
