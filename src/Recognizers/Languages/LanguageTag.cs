namespace EntityGraph.Recognizers.Languages;

/// <summary>Reduces a language tag ("pt-BR", "zh_Hans", " DE ") to its lower-case primary subtag ("pt", "zh", "de").</summary>
internal static class LanguageTag
{
    public static string Primary(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var trimmed = language.Trim();
        var cut = trimmed.IndexOfAny(['-', '_']);
        var primary = cut < 0 ? trimmed : trimmed[..cut];
        return primary.ToLowerInvariant();
    }
}
