namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>A file attached to a generated e-mail: its name, its reader format (null: unsupported, skipped) and content.</summary>
public sealed record AttachmentContent(string Name, string? Format, GeneratedContent Content);
