namespace EntityGraph.Ner.Versions;

/// <summary>A model version operation that cannot be done: unknown version or route, nothing to roll back, no versions folder.</summary>
public sealed class ModelVersionException(string message) : Exception(message);
