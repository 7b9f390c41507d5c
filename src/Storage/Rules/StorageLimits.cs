namespace EntityGraph.Storage;

/// <summary>
/// Every size limit of the data the graph keeps, defined once: the API, the grains, the CLI and every store backend
/// check against these values.
/// </summary>
public static class StorageLimits
{
    /// <summary>Longest document or entity id, in UTF-16 code units.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Longest document title, in UTF-16 code units.</summary>
    public const int MaxTitleLength = 1_000;

    /// <summary>Longest document source (path or URL), in UTF-16 code units.</summary>
    public const int MaxSourceLength = 2_000;

    /// <summary>Longest name of a document's reader format (<see cref="DocumentOrigin.Format"/>).</summary>
    public const int MaxFormatLength = 32;

    /// <summary>Most metadata entries of one document origin.</summary>
    public const int MaxOriginMetadataEntries = 64;

    /// <summary>Longest metadata name of a document origin, in UTF-16 code units.</summary>
    public const int MaxOriginMetadataNameLength = 64;

    /// <summary>Most UTF-16 code units of all metadata values of one document origin together (a PDF's page starts grow with its pages).</summary>
    public const int MaxOriginMetadataLength = 1_000_000;

    /// <summary>Longest tag name, in UTF-16 code units.</summary>
    public const int MaxTagLength = 100;

    /// <summary>Most manual tags one document may carry.</summary>
    public const int MaxManualTags = 64;

    /// <summary>Most automatic tags one document write may carry.</summary>
    public const int MaxAutomaticTags = 100;

    /// <summary>Longest entity name (canonical name, alias), in UTF-16 code units.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Longest entity type, in UTF-16 code units.</summary>
    public const int MaxTypeLength = 32;

    /// <summary>Longest language tag (BCP 47 allows 35 characters).</summary>
    public const int MaxLanguageLength = 35;

    /// <summary>Longest domain name (lowercase letters, digits, '-' and '_').</summary>
    public const int MaxDomainLength = 64;

    /// <summary>Longest reviewer name recorded with a review.</summary>
    public const int MaxReviewerLength = 200;

    /// <summary>Longest reason text of a curation.</summary>
    public const int MaxReasonLength = 1_000;

    /// <summary>Most entities merged into a target at once.</summary>
    public const int MaxMergeSources = 100;

    /// <summary>Most mentions split off an entity at once.</summary>
    public const int MaxSplitMentions = 10_000;

    /// <summary>Most rows of one alias import.</summary>
    public const int MaxAliasImportRows = 1_000_000;

    /// <summary>Most annotated mentions one document may carry on input.</summary>
    public const int MaxAnnotatedMentions = 10_000;
}
