namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>The <paramref name="Occurrence"/>-th appearance of <paramref name="Surface"/> in a corpus text, mentioning <paramref name="Entity"/>.</summary>
public sealed record CorpusSpan(CorpusEntity Entity, string Surface, int Occurrence = 1);
