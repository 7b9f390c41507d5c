namespace EntityGraph.Recognizers.Matching;

/// <summary>The span and score a rule accepted, before it becomes a <see cref="PatternMatch"/>.</summary>
internal readonly record struct RuleHit(int Start, int End, double Confidence);
