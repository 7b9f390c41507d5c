namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>Normalized text plus, per character, whether it belongs to a word that looks like a name.</summary>
internal sealed class NormalizedText(string text, bool[] inName)
{
    public string Text { get; } = text;

    /// <summary>
    /// Whether a gram starting at <paramref name="start"/> comes from a likely name: a capitalized word other than the
    /// first, unless most words are capitalized. A leading space belongs to the word after it.
    /// </summary>
    public bool GramInName(int start) => inName[Text[start] == ' ' && start + 1 < Text.Length ? start + 1 : start];
}
