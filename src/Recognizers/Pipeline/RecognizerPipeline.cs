using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Custom;
using EntityGraph.Recognizers.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>
/// Runs the recognizers a profile lists for the text's language (the NER model concurrently with the rules), renames
/// and filters their detections as the profile says, and resolves overlaps with the profile's conflict policies in order.
/// A recognizer whose regular expression times out on a text is skipped for that text (logged as a warning).
/// </summary>
public sealed class RecognizerPipeline
{
    private readonly Dictionary<string, Lazy<ResolvedProfile>> profiles;
    private readonly ILogger logger;

    /// <summary>Builds the pipeline from the registered recognizers and the configured profiles.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    /// <exception cref="InvalidOperationException">Two recognizers share a name, or a profile names an unknown recognizer or policy.</exception>
    public RecognizerPipeline(
        IEnumerable<IEntityRecognizer> recognizers,
        IOptions<RecognizerOptions> options,
        ILogger<RecognizerPipeline>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        ArgumentNullException.ThrowIfNull(options);
        var registered = recognizers.ToList();
        var settings = options.Value;
        var validation = new RecognizerOptionsValidator(registered).Validate(Options.DefaultName, settings);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(RecognizerOptions), validation.Failures);
        }

        var userDefined = settings.Custom.Select(c => ((IEntityRecognizer)new RegexRecognizer(c), (IReadOnlyList<string>)c.Profiles))
            .Concat(settings.DenyLists.Select(d => ((IEntityRecognizer)new DenyListRecognizer(d), (IReadOnlyList<string>)d.Profiles)))
            .ToList();
        var byName = new Dictionary<string, IEntityRecognizer>(StringComparer.Ordinal);
        foreach (var recognizer in registered.Concat(userDefined.Select(u => u.Item1)))
        {
            ArgumentNullException.ThrowIfNull(recognizer);
            if (!byName.TryAdd(recognizer.Name, recognizer))
            {
                throw new InvalidOperationException($"Two recognizers are named '{recognizer.Name}'.");
            }
        }

        Recognizers = byName;
        profiles = ProfileResolver.Names(settings).ToDictionary(
            name => name,
            name => new Lazy<ResolvedProfile>(() => ProfileResolver.Resolve(name, settings, byName, userDefined)),
            StringComparer.Ordinal);
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Every recognizer by name.</summary>
    public IReadOnlyDictionary<string, IEntityRecognizer> Recognizers { get; }

    /// <summary>The profile names.</summary>
    public IReadOnlyCollection<string> ProfileNames => profiles.Keys;

    /// <summary>The resolved profile of that name (resolved on first use).</summary>
    /// <exception cref="ArgumentException">No profile has that name.</exception>
    /// <exception cref="InvalidOperationException">The profile lists a recognizer that is not registered.</exception>
    public ResolvedProfile Profile(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return profiles.TryGetValue(name, out var profile)
            ? profile.Value
            : throw new ArgumentException($"No recognizer profile is named '{name}'; known: {string.Join(", ", profiles.Keys.Order(StringComparer.Ordinal))}.", nameof(name));
    }

    /// <summary>The detections of the profile's recognizers in <see cref="RecognitionRequest.Text"/>, ordered by start, after the profile's policies.</summary>
    public async Task<IReadOnlyList<Detection>> RecognizeAsync(RecognitionRequest request, string profileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Text);
        ArgumentNullException.ThrowIfNull(request.Language);
        var profile = Profile(profileName);
        var candidates = new List<Candidate>();
        var pending = new List<(IEntityRecognizer Recognizer, Task<IReadOnlyList<Detection>> Task)>();
        foreach (var recognizer in profile.For(LanguageTag.Primary(request.Language)))
        {
            try
            {
                var running = recognizer.RecognizeAsync(request, cancellationToken);
                if (running.IsCompletedSuccessfully)
                {
                    Collect(profile, recognizer, request, running.Result, candidates);
                }
                else
                {
                    pending.Add((recognizer, running.AsTask()));
                }
            }
            catch (RegexMatchTimeoutException exception)
            {
                RecognizerPipelineLog.RecognizerTimedOut(logger, recognizer.Name, request.Text.Length, exception);
            }
        }

        foreach (var (recognizer, task) in pending)
        {
            try
            {
                Collect(profile, recognizer, request, await task.ConfigureAwait(false), candidates);
            }
            catch (RegexMatchTimeoutException exception)
            {
                RecognizerPipelineLog.RecognizerTimedOut(logger, recognizer.Name, request.Text.Length, exception);
            }
        }

        IReadOnlyList<Candidate> resolved = candidates;
        foreach (var policy in profile.Policies)
        {
            resolved = policy.Resolve(resolved);
        }

        return resolved
            .Select(c => c.Detection)
            .OrderBy(d => d.Start)
            .ThenBy(d => d.End)
            .ToList();
    }

    private static void Collect(ResolvedProfile profile, IEntityRecognizer recognizer, RecognitionRequest request, IReadOnlyList<Detection> found, List<Candidate> into)
    {
        var priority = profile.Priorities.GetValueOrDefault(recognizer.Name);
        foreach (var detection in found)
        {
            var type = profile.TypeMap.GetValueOrDefault(detection.Type) ?? detection.Type;
            if (profile.DisabledTypes.Contains(type)
                || detection.Confidence < profile.MinimumConfidence
                || (request.Types is { } wanted && !wanted.Contains(type))
                || detection.Start < 0 || detection.End > request.Text.Length || detection.End <= detection.Start)
            {
                continue;
            }

            into.Add(new Candidate(type == detection.Type ? detection : detection with { Type = type }, priority));
        }
    }
}
