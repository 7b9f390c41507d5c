using System.Collections.Frozen;

namespace EntityGraph.Recognizers.Pii;

/// <summary>The countries whose national phone formats are tried for a text in a language (international "+" numbers need none).</summary>
internal static class PhoneRegions
{
    private static readonly string[] Default = ["US", "GB"];

    private static readonly FrozenDictionary<string, string[]> ByLanguage = new Dictionary<string, string[]>
    {
        ["en"] = ["US", "GB", "IN", "CA", "AU", "IE"],
        ["de"] = ["DE", "AT", "CH"],
        ["fr"] = ["FR", "BE", "CH", "CA"],
        ["es"] = ["ES", "MX", "AR", "CO"],
        ["nl"] = ["NL", "BE"],
        ["pt"] = ["PT", "BR"],
        ["it"] = ["IT", "CH"],
        ["pl"] = ["PL"],
        ["sv"] = ["SE"],
        ["da"] = ["DK"],
        ["ru"] = ["RU"],
        ["ar"] = ["SA", "EG", "AE"],
        ["zh"] = ["CN"],
        ["ja"] = ["JP"],
        ["hi"] = ["IN"],
        ["hr"] = ["HR"],
        ["sk"] = ["SK"],
        ["sr"] = ["RS"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> For(string primaryLanguage) => ByLanguage.GetValueOrDefault(primaryLanguage) ?? Default;
}
