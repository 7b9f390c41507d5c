namespace EntityGraph.Silo.Benchmarking;

/// <summary>A benchmark document: consecutive dev-set sentences of one language, one per line, and its word count.</summary>
public sealed record BenchDocument(string Id, string Language, string Text, int Words);
