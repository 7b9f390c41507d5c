namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>A predicted type that never occurs in the gold data (e.g. LOCATION); it is not counted as false positives.</summary>
/// <param name="Type">The predicted type.</param>
/// <param name="Predicted">How many items of it were predicted.</param>
public sealed record UnscoredType(string Type, int Predicted);
