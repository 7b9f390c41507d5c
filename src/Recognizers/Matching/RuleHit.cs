namespace EntityGraph.Recognizers.Matching;

/// <summary>The span and score a rule accepted, before it becomes a <see cref="Detection"/>.</summary>
internal readonly record struct RuleHit(int Start, int End, double Confidence);
