namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>Scripts that, on their own, identify one language well enough for this detector.</summary>
internal static class ScriptLanguages
{
    private static readonly Dictionary<WritingScript, string> Unique = new()
    {
        [WritingScript.Hangul] = "ko",
        [WritingScript.Greek] = "el",
        [WritingScript.Hebrew] = "he",
        [WritingScript.Thai] = "th",
        [WritingScript.Arabic] = "ar",
        [WritingScript.Devanagari] = "hi",
        [WritingScript.Armenian] = "hy",
        [WritingScript.Georgian] = "ka",
        [WritingScript.Bengali] = "bn",
        [WritingScript.Gurmukhi] = "pa",
        [WritingScript.Gujarati] = "gu",
        [WritingScript.Oriya] = "or",
        [WritingScript.Tamil] = "ta",
        [WritingScript.Telugu] = "te",
        [WritingScript.Kannada] = "kn",
        [WritingScript.Malayalam] = "ml",
        [WritingScript.Sinhala] = "si",
        [WritingScript.Lao] = "lo",
        [WritingScript.Khmer] = "km",
        [WritingScript.Myanmar] = "my",
        [WritingScript.Han] = "zh",
    };

    /// <summary>Languages this table can name on script alone.</summary>
    public static IEnumerable<string> Languages => Unique.Values;

    /// <summary>The language a script implies when no n-gram model covers it, or null.</summary>
    public static string? For(WritingScript script) => Unique.GetValueOrDefault(script);
}
