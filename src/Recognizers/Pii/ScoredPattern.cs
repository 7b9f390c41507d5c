using System.Text.RegularExpressions;

namespace EntityGraph.Recognizers.Pii;

/// <summary>A regular expression whose matches are candidates, and the score a candidate gets before context.</summary>
/// <param name="Regex">The expression (with a match timeout); the whole match is the candidate span.</param>
/// <param name="Score">0–1.</param>
public sealed record ScoredPattern(Regex Regex, double Score);
