namespace EntityGraph.Silo.Evaluation;

/// <summary>A sentence's predicted IOB2 tags and, per token, the confidence of the predicted entity it belongs to (null for O).</summary>
public sealed record SentencePrediction(string[] Tags, double?[] Confidences);
