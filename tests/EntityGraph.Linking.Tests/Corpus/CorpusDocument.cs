namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>A document of the linking corpus with its gold mentions.</summary>
public sealed record CorpusDocument(string Id, string Language, string Text, IReadOnlyList<GoldMention> Mentions);
