using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Patterns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers;

/// <summary>
/// Runs several recognizers and merges their matches into one non-overlapping list: where matches overlap, the longest
/// wins, then the more specific type (EMAIL, URL, MONEY, PERCENT, DATE, PHONE), then the higher confidence.
/// Matches of a disabled type are dropped, whichever recognizer made them. A recognizer whose regex times out on a text
/// is skipped for that text (logged as a warning).
/// </summary>
public sealed class CompositePatternRecognizer : IPatternRecognizer
{
    private readonly IReadOnlyList<IPatternRecognizer> recognizers;
    private readonly double minimumConfidence;
    private readonly HashSet<string> disabledTypes;
    private readonly ILogger logger;

    /// <summary>All built-in recognizers, default settings.</summary>
    public CompositePatternRecognizer()
        : this(CreateBuiltInRecognizers())
    {
    }

    /// <summary>Combines <paramref name="recognizers"/>; <paramref name="options"/> may switch types off or set a confidence floor.</summary>
    /// <exception cref="OptionsValidationException"><paramref name="options"/> names an unknown type or an out-of-range confidence.</exception>
    public CompositePatternRecognizer(
        IEnumerable<IPatternRecognizer> recognizers,
        PatternRecognizerOptions? options = null,
        ILogger<CompositePatternRecognizer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        var settings = options ?? new PatternRecognizerOptions();
        var validation = new PatternRecognizerOptionsValidator().Validate(Options.DefaultName, settings);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PatternRecognizerOptions), validation.Failures);
        }

        var list = recognizers.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentException("The recognizer list contains a null entry.", nameof(recognizers));
        }

        disabledTypes = new HashSet<string>(settings.DisabledTypes, StringComparer.Ordinal);
        this.recognizers = list.Where(r => !IsBuiltInFor(r, disabledTypes)).ToArray();
        minimumConfidence = settings.MinimumConfidence;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The recognizers this composite runs (disabled types already removed).</summary>
    public IReadOnlyList<IPatternRecognizer> Recognizers => recognizers;

    /// <summary>New instances of every built-in recognizer: email, URL, phone, date, money, percent.</summary>
    public static IReadOnlyList<IPatternRecognizer> CreateBuiltInRecognizers() =>
    [
        new EmailRecognizer(),
        new UrlRecognizer(),
        new PhoneRecognizer(),
        new DateRecognizer(),
        new MoneyRecognizer(),
        new PercentRecognizer(),
    ];

    /// <inheritdoc />
    public IReadOnlyList<PatternMatch> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var candidates = new List<PatternMatch>();
        foreach (var recognizer in recognizers)
        {
            try
            {
                candidates.AddRange(recognizer.Recognize(text, language).Where(Keep));
            }
            catch (RegexMatchTimeoutException exception)
            {
                CompositePatternRecognizerLog.RecognizerTimedOut(logger, recognizer.GetType().Name, text.Length, exception);
            }
        }

        return MatchOverlapResolver.Resolve(candidates);
    }

    private bool Keep(PatternMatch match) => match.Confidence >= minimumConfidence && !disabledTypes.Contains(match.Type);

    private static bool IsBuiltInFor(IPatternRecognizer recognizer, HashSet<string> disabled)
    {
        var type = recognizer switch
        {
            EmailRecognizer => PatternTypes.Email,
            UrlRecognizer => PatternTypes.Url,
            PhoneRecognizer => PatternTypes.Phone,
            DateRecognizer => PatternTypes.Date,
            MoneyRecognizer => PatternTypes.Money,
            PercentRecognizer => PatternTypes.Percent,
            _ => null,
        };
        return type is not null && disabled.Contains(type);
    }
}
