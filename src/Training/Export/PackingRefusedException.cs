namespace EntityGraph.Training.Export;

/// <summary>Packing a model's word embeddings cost more dev F1 than allowed; the model is kept as it was.</summary>
public sealed class PackingRefusedException(string message) : Exception(message);
