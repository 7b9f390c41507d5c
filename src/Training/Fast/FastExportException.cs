namespace EntityGraph.Training.Fast;

/// <summary>A BiLSTM-CRF run cannot be exported as asked (missing files, or the model file would exceed its size limit).</summary>
public sealed class FastExportException(string message) : Exception(message);
