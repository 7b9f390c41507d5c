using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Custom;

/// <summary>
/// A deny list (gazetteer) from configuration: every occurrence of a listed term as a whole word (not inside a longer
/// word) is a detection; case is ignored unless the list says otherwise; the longest term wins where terms overlap.
/// </summary>
public sealed class DenyListRecognizer : RuleRecognizer
{
    private readonly Regex terms;
    private readonly string type;
    private readonly double score;
    private readonly HashSet<string>? languages;

    /// <summary>Builds the recognizer from its settings.</summary>
    public DenyListRecognizer(DenyListOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Name;
        type = options.Type;
        score = options.Score;
        Types = [options.Type];
        languages = options.Languages.Count > 0 ? options.Languages.ToHashSet(StringComparer.Ordinal) : null;
        var alternatives = options.Terms
            .Where(term => !string.IsNullOrWhiteSpace(term))
            .Select(term => term.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(term => term.Length)
            .Select(Regex.Escape);
        var flags = RegexOptions.CultureInvariant | (options.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        terms = new Regex(
            @"(?<![\p{L}\p{N}_])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}_])",
            flags,
            TimeSpan.FromMilliseconds(RegexLimits.TimeoutMilliseconds));
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; }

    /// <inheritdoc />
    public override bool Supports(string primaryLanguage) => languages is null || languages.Contains(primaryLanguage);

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return terms.Matches(text).Select(m => new Detection(m.Index, m.Index + m.Length, type, score, Name)).ToList();
    }
}
