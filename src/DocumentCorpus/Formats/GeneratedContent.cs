namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>The bytes of one generated file or attachment, and the text, title and page count its reader must give.</summary>
public sealed record GeneratedContent(byte[] Bytes, string Text, string? Title, int? Pages = null);
