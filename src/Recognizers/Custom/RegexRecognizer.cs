using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Custom;

/// <summary>A user-defined recognizer from configuration: regular expressions, an optional validator by name, context words.</summary>
public sealed class RegexRecognizer(CustomRecognizerOptions options) : ValidatedPatternRecognizer(
    options.Name,
    options.Type,
    options.Patterns.Select(p => new ScoredPattern(Compile(p), options.Score)).ToList(),
    options.Validator is { Length: > 0 } name ? IdentifierValidators.Get(name) : null,
    new ContextWords(options.Context.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal)),
    options.Languages)
{
    /// <summary>Compiles a configured pattern with the rule families' match timeout.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    public static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(RegexLimits.TimeoutMilliseconds));
}
