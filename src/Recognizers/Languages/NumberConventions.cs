namespace EntityGraph.Recognizers.Languages;

/// <summary>Which <see cref="NumberStyle"/> a language uses.</summary>
internal static class NumberConventions
{
    private static readonly HashSet<string> DecimalPointLanguages =
        new(["en", "zh", "ja", "ko", "hi", "he", "th", "ar", "ms", "fil", "tl", "ga", "mt", "bn", "ta", "ur"], StringComparer.Ordinal);

    private static readonly HashSet<string> DecimalCommaLanguages =
        new(["de", "fr", "es", "nl", "pt", "it", "pl", "ru", "uk", "be", "bg", "cs", "sk", "sl", "hr", "sr", "bs", "ro", "hu",
             "tr", "sv", "da", "nb", "nn", "no", "fi", "et", "lv", "lt", "el", "id", "vi", "ca", "eu", "gl", "kk", "az", "ka"],
            StringComparer.Ordinal);

    public static NumberStyle StyleFor(string primaryLanguage) =>
        DecimalPointLanguages.Contains(primaryLanguage) ? NumberStyle.DecimalPoint
        : DecimalCommaLanguages.Contains(primaryLanguage) ? NumberStyle.DecimalComma
        : NumberStyle.Any;
}
