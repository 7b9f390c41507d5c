namespace EntityGraph.Corpus;

/// <summary>An entity chunk over units [Start, End).</summary>
public readonly record struct Chunk(int Start, int End, string Type);
