namespace EntityGraph.Corpus;

/// <summary>A labelled span [Start, End) in UTF-16 offsets.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
