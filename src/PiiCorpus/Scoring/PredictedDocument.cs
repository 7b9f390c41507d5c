namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>The predictions for one corpus document.</summary>
/// <param name="Id">The corpus document id.</param>
/// <param name="Items">Predicted items.</param>
/// <param name="LineNumber">Line of the prediction file it came from (0 when built in code), for error messages.</param>
public sealed record PredictedDocument(string Id, IReadOnlyList<PredictedItem> Items, int LineNumber = 0);
