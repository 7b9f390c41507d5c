namespace EntityGraph.Ner.Decoding;

/// <summary>A predicted entity: [Start, End) UTF-16 offsets into the original text, type and mean label probability.</summary>
public readonly record struct PredictedSpan(int Start, int End, string Type, float Confidence);
