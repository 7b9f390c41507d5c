namespace EntityGraph.Linking.InDocument;

/// <summary>A mention to link: its UTF-16 span in the document, surface text, entity type and language.</summary>
public sealed record LinkMention(int Start, int End, string Text, string Type, string Language);
