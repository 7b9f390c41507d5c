using System.Diagnostics;
using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.Detection;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Segmentation;
using Microsoft.Extensions.Logging;

namespace EntityGraph.LanguageDetect;

/// <summary>
/// Script rules plus hashed linear models over character n-grams and words (profiles embedded in this assembly, about 18 MB in memory).
/// Immutable after construction and safe to call from any number of threads; use <see cref="Default"/> or one
/// instance per container (<c>AddEntityGraphLanguageDetection</c>).
/// </summary>
public sealed class LanguageDetector : ILanguageDetector
{
    private static readonly Lazy<LanguageProfileSet> EmbeddedProfiles = new(LanguageProfileSet.LoadEmbedded);
    private static readonly Lazy<LanguageDetector> DefaultDetector = new(() => new LanguageDetector(new LanguageDetectionOptions()));

    private readonly LanguageDetectionOptions _options;
    private readonly DetectionEngine _engine;
    private readonly Segmenter _segmenter;

    /// <summary>Creates a detector; profiles come from <see cref="LanguageDetectionOptions.ProfilePath"/> or, when null, the embedded resource (read once per process).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="LanguageProfileFormatException">The profiles are missing or corrupt.</exception>
    public LanguageDetector(LanguageDetectionOptions options, ILogger<LanguageDetector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new LanguageDetectionOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid language detection options: {validation.FailureMessage}", nameof(options));
        }

        _options = new LanguageDetectionOptions
        {
            MinimumConfidence = options.MinimumConfidence,
            MinimumLetters = options.MinimumLetters,
            MaxAnalyzedChars = options.MaxAnalyzedChars,
            ProfilePath = options.ProfilePath,
        };
        var stopwatch = Stopwatch.StartNew();
        var profiles = options.ProfilePath is { } path ? LanguageProfileSet.LoadFile(path) : EmbeddedProfiles.Value;
        _engine = new DetectionEngine(profiles, options.MaxAnalyzedChars);
        _segmenter = new Segmenter(_engine, IsReliable);
        SupportedLanguages = profiles.Languages();
        if (logger is not null)
        {
            LanguageDetectorLog.Ready(
                logger, profiles.Models.Count, SupportedLanguages.Count, options.ProfilePath ?? "embedded resource", stopwatch.ElapsedMilliseconds);
        }
    }

    /// <summary>A shared detector with default options over the embedded profiles.</summary>
    public static LanguageDetector Default => DefaultDetector.Value;

    /// <summary>Every ISO 639-1 code this detector can return (besides "und"), sorted.</summary>
    public IReadOnlyList<string> SupportedLanguages { get; }

    /// <inheritdoc />
    public LanguageGuess Detect(ReadOnlySpan<char> text)
    {
        var result = _engine.Analyze(text);
        return new LanguageGuess(result.Language, result.Confidence, IsReliable(result));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<LanguageSegment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _segmenter.Segment(text);
    }

    private bool IsReliable(DetectionResult result) =>
        !result.IsUndetermined
        && result.EffectiveLetters >= _options.MinimumLetters
        && result.Confidence >= _options.MinimumConfidence;
}
