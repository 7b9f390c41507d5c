using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>A regular expression whose matches are candidates, and the score a candidate gets before context.</summary>
/// <param name="Regex">The expression (with a match timeout); the whole match is the candidate span.</param>
/// <param name="Score">0–1.</param>
/// <param name="Validator">What this pattern's candidates must pass instead of the recognizer's validator; null: the recognizer's.</param>
public sealed record ScoredPattern(Regex Regex, double Score, IIdentifierValidator? Validator = null);
