using EntityGraph.Grains.Extraction;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// What a silo declares about the models it hosts, as Orleans silo metadata: languages, each for both tiers
/// (<c>en</c>) or one (<c>en:fast</c>, <c>de:best</c>), or <c>*</c> for every language and tier; and whether it hosts
/// the multilingual fallback. Parsed and written in one place.
/// </summary>
public sealed record ModelHostMetadata(IReadOnlySet<string> Languages, bool HostsFallback)
{
    /// <summary>Metadata key of the declared languages (comma-separated ISO codes, or <c>*</c>).</summary>
    public const string LanguagesKey = "entitygraph.languages";

    /// <summary>Metadata key of the fallback flag (<c>true</c>/<c>false</c>).</summary>
    public const string FallbackKey = "entitygraph.fallback";

    /// <summary>Every language, every silo: the default of a single silo.</summary>
    public static ModelHostMetadata All { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "*" }, true);

    public bool HostsEveryLanguage => Languages.Contains("*");

    /// <summary>
    /// Whether the silo serves <paramref name="language"/> at <paramref name="tier"/> (<c>best</c> or <c>fast</c>):
    /// declared for both tiers or that one, as is or by its primary subtag ("pt" serves "pt-BR"); the fallback's code
    /// (<see cref="LanguageCodes.Undetermined"/>) means the fallback.
    /// </summary>
    public bool Hosts(string language, string tier)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (string.Equals(language, LanguageCodes.Undetermined, StringComparison.OrdinalIgnoreCase))
        {
            return HostsFallback;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        string[] codes = dash > 0 ? [language, language[..dash]] : [language];
        return HostsEveryLanguage || codes.Any(code => Languages.Contains(code) || Languages.Contains($"{code}:{tier}"));
    }

    /// <summary>Parses a declaration such as <c>en,de</c>, <c>*</c> or <c>de, fr</c>; codes are checked like request languages.</summary>
    public static ModelHostMetadata Parse(string? languages, bool hostsFallback)
    {
        var codes = (languages ?? "*").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            throw new FormatException("The languages a silo hosts must not be empty (use * for all).");
        }

        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            if (code == "*")
            {
                set.Add(code);
                continue;
            }

            var colon = code.IndexOf(':', StringComparison.Ordinal);
            var tier = colon < 0 ? null : code[(colon + 1)..].Trim().ToLowerInvariant();
            if (tier is not (null or Tiers.Best or Tiers.Fast))
            {
                throw new FormatException($"'{code}': the tier after ':' must be {Tiers.Best} or {Tiers.Fast}.");
            }

            if (!LanguageCodes.TryNormalize(colon < 0 ? code : code[..colon], out var normalized))
            {
                throw new FormatException($"'{code}' is not a language code (expected e.g. en, de, pt-BR, en:fast, or *).");
            }

            set.Add(tier is null ? normalized : $"{normalized}:{tier}");
        }

        return new ModelHostMetadata(set, hostsFallback);
    }

    /// <summary>Reads the declaration from a silo's metadata; a silo that declares nothing hosts nothing.</summary>
    public static ModelHostMetadata? From(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.TryGetValue(LanguagesKey, out var languages)
            ? Parse(languages, !metadata.TryGetValue(FallbackKey, out var fallback) || !string.Equals(fallback, "false", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>The metadata entries a silo publishes.</summary>
    public Dictionary<string, string> ToMetadata() => new(StringComparer.Ordinal)
    {
        [LanguagesKey] = string.Join(',', Languages.Order(StringComparer.OrdinalIgnoreCase)),
        [FallbackKey] = HostsFallback ? "true" : "false",
    };
}
