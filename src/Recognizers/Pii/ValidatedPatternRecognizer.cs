using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>
/// The shape of most PII recognizers (and of user-defined ones): regular expressions propose candidates, a validator
/// (check digits, allocation rules) keeps only real identifiers, and context words near a candidate raise its score.
/// </summary>
public abstract class ValidatedPatternRecognizer : RuleRecognizer
{
    private readonly IReadOnlySet<string>? languages;

    /// <summary>Sets up the recognizer.</summary>
    /// <param name="name">Recognizer name, e.g. "pii/iban".</param>
    /// <param name="type">The entity type of its detections.</param>
    /// <param name="patterns">Candidate patterns with their scores.</param>
    /// <param name="validator">What a candidate must pass; null accepts every match.</param>
    /// <param name="context">Context words per language.</param>
    /// <param name="languages">Primary language subtags it runs for; null or empty for every language.</param>
    protected ValidatedPatternRecognizer(
        string name,
        string type,
        IReadOnlyList<ScoredPattern> patterns,
        IIdentifierValidator? validator,
        ContextWords context,
        IReadOnlyCollection<string>? languages = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(context);
        Name = name;
        Types = [type];
        Type = type;
        Patterns = patterns;
        Validator = validator;
        Context = context;
        this.languages = languages is { Count: > 0 } ? languages.ToHashSet(StringComparer.Ordinal) : null;
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; }

    /// <summary>The entity type of its detections.</summary>
    public string Type { get; }

    /// <summary>The candidate patterns.</summary>
    public IReadOnlyList<ScoredPattern> Patterns { get; }

    /// <summary>The validator candidates must pass, if any.</summary>
    public IIdentifierValidator? Validator { get; }

    /// <summary>The context words.</summary>
    public ContextWords Context { get; }

    /// <inheritdoc />
    public override bool Supports(string primaryLanguage) => languages is null || languages.Contains(primaryLanguage);

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var primary = LanguageTag.Primary(language);
        var found = new List<Detection>();
        foreach (var pattern in Patterns)
        {
            var validator = pattern.Validator ?? Validator;
            for (var match = pattern.Regex.Match(text); match.Success; match = match.NextMatch())
            {
                if (match.Length == 0 || (validator is not null && !validator.IsValid(match.Value)))
                {
                    continue;
                }

                var end = match.Index + match.Length;
                var score = Context.Score(text, match.Index, end, primary, Adjust(text, match.Index, end, pattern.Score));
                found.Add(new Detection(match.Index, end, Type, Math.Round(score, 4), Name));
            }
        }

        return found;
    }

    /// <summary>A hook for a recognizer to change a candidate's score before context (e.g. a format that is weaker alone).</summary>
    protected virtual double Adjust(string text, int start, int end, double score) => score;
}
