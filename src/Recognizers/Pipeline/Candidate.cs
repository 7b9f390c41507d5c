namespace EntityGraph.Recognizers.Pipeline;

/// <summary>A detection on its way through the conflict policies, with the priority its recognizer has in the profile.</summary>
/// <param name="Detection">What a recognizer found.</param>
/// <param name="Priority">The recognizer's priority in the profile (higher wins where a policy ranks by it; 0 by default).</param>
public readonly record struct Candidate(Detection Detection, int Priority);
