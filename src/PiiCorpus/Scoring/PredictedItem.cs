namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>One predicted PII item: its type and its offsets in the input (gold) text.</summary>
/// <param name="Type">Predicted type.</param>
/// <param name="Start">Start offset in the input text (inclusive).</param>
/// <param name="End">End offset in the input text (exclusive).</param>
public sealed record PredictedItem(string Type, int Start, int End);
