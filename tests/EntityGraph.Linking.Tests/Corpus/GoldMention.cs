namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>A gold mention: UTF-16 span, its text, entity type and the id of the real-world entity it names.</summary>
public sealed record GoldMention(int Start, int End, string Text, string Type, string Entity);
