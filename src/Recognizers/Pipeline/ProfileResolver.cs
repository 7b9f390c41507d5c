using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline.Policies;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>Combines the built-in profiles with configuration and looks up their recognizers and policies by name.</summary>
internal static class ProfileResolver
{
    /// <summary>Every profile name: the built-in ones and the configured ones.</summary>
    public static IReadOnlyList<string> Names(RecognizerOptions options) =>
        BuiltInProfiles.All.Keys.Union(options.Profiles.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Resolves one profile.</summary>
    /// <exception cref="InvalidOperationException">It names a recognizer that is not registered, or an unknown policy.</exception>
    public static ResolvedProfile Resolve(
        string name,
        RecognizerOptions options,
        IReadOnlyDictionary<string, IEntityRecognizer> recognizers,
        IReadOnlyList<(IEntityRecognizer Recognizer, IReadOnlyList<string> Profiles)> userDefined)
    {
        {
            var builtIn = BuiltInProfiles.All.GetValueOrDefault(name);
            var configured = options.Profiles.GetValueOrDefault(name);
            var joining = userDefined
                .Where(u => u.Profiles.Count == 0 || u.Profiles.Contains(name, StringComparer.Ordinal))
                .Select(u => u.Recognizer)
                .ToList();
            IReadOnlyList<IEntityRecognizer> Lookup(IEnumerable<string> list) =>
                list.Where(n => recognizers.ContainsKey(n) || n != RecognizerNames.Model)
                    .Select(n => recognizers.TryGetValue(n, out var r)
                        ? r
                        : throw new InvalidOperationException($"Profile '{name}' lists recognizer '{n}', which is not registered; known: {string.Join(", ", recognizers.Keys.Order(StringComparer.Ordinal))}."))
                    .Concat(joining)
                    .Distinct()
                    .ToList();

            var recognizerNames = configured?.Recognizers ?? builtIn?.Recognizers ?? [];
            var languages = configured?.Languages ?? builtIn?.Languages ?? [];
            var policies = (configured?.Policies ?? builtIn?.Policies ?? [ConflictPolicies.Priority])
                .Select(p => ConflictPolicies.Find(p) ?? throw new InvalidOperationException($"Profile '{name}' lists policy '{p}'; known: {string.Join(", ", ConflictPolicies.All.Select(x => x.Name))}."))
                .ToList();
            return new ResolvedProfile(
                name,
                Lookup(recognizerNames),
                languages.ToDictionary(pair => pair.Key, pair => Lookup(pair.Value), StringComparer.Ordinal),
                policies,
                new Dictionary<string, int>(configured?.Priorities ?? builtIn?.Priorities ?? [], StringComparer.Ordinal),
                new Dictionary<string, string>(configured?.TypeMap ?? builtIn?.TypeMap ?? [], StringComparer.Ordinal),
                (configured?.DisabledTypes ?? builtIn?.DisabledTypes ?? []).Concat(options.DisabledTypes).ToHashSet(StringComparer.Ordinal),
                Math.Max(options.MinimumConfidence, configured?.MinimumConfidence ?? builtIn?.MinimumConfidence ?? 0));
        }
    }
}
