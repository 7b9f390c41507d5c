namespace EntityGraph.Recognizers.Pipeline;

/// <summary>A detection on its way through the conflict policies, with the priority its recognizer has in the profile.</summary>
/// <param name="Detection">What a recognizer found.</param>
/// <param name="Priority">The recognizer's priority in the profile (higher wins where a policy ranks by it; 0 by default).</param>
public readonly record struct Candidate(Detection Detection, int Priority)
{
    /// <summary>Whether this candidate ranks above <paramref name="other"/>: the higher priority, then the higher score.</summary>
    public bool Outranks(Candidate other) =>
        Priority != other.Priority ? Priority > other.Priority : Detection.Confidence > other.Detection.Confidence;
}
