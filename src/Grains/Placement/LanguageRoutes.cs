using EntityGraph.Storage;
using EntityGraph.Grains.Extraction;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// Where extraction for a language and tier goes in the cluster: the language's own grain when a live silo hosts its
/// model, else the multilingual fallback's, else <see cref="ErrorCodes.ModelUnavailable"/>. Grain keys are
/// <c>language:tier#slot</c>: a random slot of <see cref="SlotsPerLanguage"/>, so the activations of a busy language
/// spread over the silos that host it.
/// </summary>
public sealed class LanguageRoutes(ModelHosts hosts)
{
    /// <summary>Activations per language across the cluster.</summary>
    public const int SlotsPerLanguage = 8;

    /// <summary>The grain key for <paramref name="language"/> at <paramref name="accuracy"/>, and whether it is the fallback's.</summary>
    public (string GrainKey, bool Fallback) Route(string language, ExtractionAccuracy accuracy)
    {
        ArgumentNullException.ThrowIfNull(language);
        var tier = Tiers.Of(accuracy);
        if (hosts.For(language, tier).Count > 0)
        {
            return (Key(language, tier), string.Equals(language, LanguageCodes.Undetermined, StringComparison.Ordinal));
        }

        if (hosts.For(LanguageCodes.Undetermined, tier).Count > 0)
        {
            return (Key(LanguageCodes.Undetermined, tier), true);
        }

        throw new EntityGraphException(ErrorCodes.ModelUnavailable, $"No live silo hosts a {tier} model for language '{language}' or the multilingual fallback.");
    }

    /// <summary>The language and tier of a grain key (<c>language:tier#slot</c>; a bare language means the best tier).</summary>
    public static (string Language, string Tier) Parse(string grainKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        var hash = grainKey.IndexOf('#', StringComparison.Ordinal);
        var route = hash < 0 ? grainKey : grainKey[..hash];
        var colon = route.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (route, Tiers.Best) : (route[..colon], route[(colon + 1)..]);
    }

    private static string Key(string language, string tier) => $"{language}:{tier}#{Random.Shared.Next(SlotsPerLanguage)}";
}
