namespace EntityGraph.Storage;

/// <summary>
/// Two entities (<see cref="EntityA"/> ordinally before <see cref="EntityB"/>) mentioned together in
/// <see cref="DocumentCount"/> documents; <see cref="Npmi"/> is their normalized pointwise mutual information over documents.
/// </summary>
public sealed record CooccurrenceRecord(string EntityA, string EntityB, int DocumentCount, double Npmi);
