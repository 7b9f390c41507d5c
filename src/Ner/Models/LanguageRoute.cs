namespace EntityGraph.Ner.Models;

/// <summary>The models serving one language; a missing FAST model falls back to BEST.</summary>
public sealed record LanguageRoute(string Best, string? Fast = null);
