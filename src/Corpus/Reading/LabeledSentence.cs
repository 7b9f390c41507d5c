namespace EntityGraph.Corpus;

/// <summary>A sentence of tokens with IOB2 tags, as read from a corpus file.</summary>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags, string Source, int Line);
