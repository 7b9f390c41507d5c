namespace EntityGraph.Redaction.Engine;

/// <summary>A span that will be replaced: one detection, the union of overlapping ones, or a propagated occurrence.</summary>
internal readonly record struct RedactionSpan(int Start, int End, string Type, double Score, string Recognizer);
