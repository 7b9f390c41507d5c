using EntityGraph.Storage;
using EntityGraph.Grains.Extraction;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// Where extraction for a language goes in the cluster: the language's own grain when a live silo hosts its model, else
/// the multilingual fallback's, else <see cref="ErrorCodes.ModelUnavailable"/>. Grain keys are <c>language#slot</c>: a
/// random slot of <see cref="SlotsPerLanguage"/>, so the activations of a busy language spread over the silos that host it.
/// </summary>
public sealed class LanguageRoutes(ModelHosts hosts)
{
    /// <summary>Activations per language across the cluster.</summary>
    public const int SlotsPerLanguage = 8;

    /// <summary>The grain key for <paramref name="language"/>, and whether it is the fallback's.</summary>
    public (string GrainKey, bool Fallback) Route(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (hosts.For(language).Count > 0)
        {
            return (Key(language), string.Equals(language, LanguageCodes.Undetermined, StringComparison.Ordinal));
        }

        if (hosts.For(LanguageCodes.Undetermined).Count > 0)
        {
            return (Key(LanguageCodes.Undetermined), true);
        }

        throw new EntityGraphException(ErrorCodes.ModelUnavailable, $"No live silo hosts a model for language '{language}' or the multilingual fallback.");
    }

    /// <summary>The language of a grain key (the part before '#').</summary>
    public static string LanguageOf(string grainKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        var hash = grainKey.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? grainKey : grainKey[..hash];
    }

    private static string Key(string language) => $"{language}#{Random.Shared.Next(SlotsPerLanguage)}";
}
