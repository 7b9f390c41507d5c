namespace EntityGraph.Ner.Models;

/// <summary>Learned CRF scores of a bilstm-crf model: Transitions[from][to], and the scores of starting and ending in a label.</summary>
public sealed record CrfConfig
{
    public required IReadOnlyList<float[]> Transitions { get; init; }

    public required float[] Start { get; init; }

    public required float[] End { get; init; }
}
