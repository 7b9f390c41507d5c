using EntityGraph.Recognizers.Pipeline.Policies;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>A profile with built-in defaults and configuration combined, its recognizers and policies looked up.</summary>
/// <param name="Name">The profile name.</param>
/// <param name="Recognizers">The recognizers that run for languages without their own list.</param>
/// <param name="ByLanguage">Recognizer lists per primary language subtag.</param>
/// <param name="Policies">The conflict policies, in order.</param>
/// <param name="Priorities">Priorities by recognizer name (0 when absent).</param>
/// <param name="TypeMap">Type renames.</param>
/// <param name="DisabledTypes">Types dropped.</param>
/// <param name="MinimumConfidence">Detections below this are dropped.</param>
public sealed record ResolvedProfile(
    string Name,
    IReadOnlyList<IEntityRecognizer> Recognizers,
    IReadOnlyDictionary<string, IReadOnlyList<IEntityRecognizer>> ByLanguage,
    IReadOnlyList<IConflictPolicy> Policies,
    IReadOnlyDictionary<string, int> Priorities,
    IReadOnlyDictionary<string, string> TypeMap,
    IReadOnlySet<string> DisabledTypes,
    double MinimumConfidence)
{
    /// <summary>The recognizers that run for <paramref name="primaryLanguage"/>, those that do not support it left out.</summary>
    public IEnumerable<IEntityRecognizer> For(string primaryLanguage) =>
        (ByLanguage.TryGetValue(primaryLanguage, out var own) ? own : Recognizers).Where(r => r.Supports(primaryLanguage));

    /// <summary>The types this profile can emit (after renames and disabled types), computed once.</summary>
    public IReadOnlyCollection<string> Types { get; } =
        Recognizers.Concat(ByLanguage.Values.SelectMany(list => list))
            .SelectMany(r => r.Types)
            .Select(type => TypeMap.TryGetValue(type, out var renamed) ? renamed : type)
            .Where(type => !DisabledTypes.Contains(type))
            .ToHashSet(StringComparer.Ordinal);
}
