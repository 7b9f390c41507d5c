namespace EntityGraph.Ner;

/// <summary>No model can serve a request: the manifest or the model files are missing or broken.</summary>
public sealed class ModelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
