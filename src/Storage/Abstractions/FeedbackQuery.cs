namespace EntityGraph.Storage;

/// <summary>Which completed reviews to export as training data: all, or one language and/or one domain.</summary>
public sealed record FeedbackQuery(string? Language = null, string? Domain = null);

/// <summary>A document whose review is complete, with its linked mentions exactly as reviewed.</summary>
public sealed record ReviewedDocumentRecord(DocumentRecord Document, IReadOnlyList<MentionRecord> Mentions);
