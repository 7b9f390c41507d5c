namespace EntityGraph.Ner.Versions;

/// <summary>A route the registry can switch: <c>LANG:TIER</c> for a language's general model, <c>LANG:TIER:DOMAIN</c> for a domain's.</summary>
public readonly record struct ModelRouteKey(string Language, string Tier, string? Domain)
{
    /// <summary>Whether <paramref name="tier"/> names a tier: best or fast (case ignored).</summary>
    public static bool IsTier([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? tier) => tier?.ToLowerInvariant() is "best" or "fast";

    public static ModelRouteKey Of(string language, string tier, string? domain = null) =>
        new(language.Trim().ToLowerInvariant(), tier.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(domain) ? null : domain.Trim());

    public override string ToString() => Domain is null ? $"{Language}:{Tier}" : $"{Language}:{Tier}:{Domain}";
}
