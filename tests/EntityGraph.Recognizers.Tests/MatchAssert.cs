namespace EntityGraph.Recognizers.Tests;

/// <summary>Runs a recognizer, checks the output contract on every call, and compares the matched texts.</summary>
internal static class MatchAssert
{
    public static IReadOnlyList<PatternMatch> Run(IPatternRecognizer recognizer, string text, string language)
    {
        var matches = recognizer.Recognize(text, language);
        AssertContract(text, matches);
        return matches;
    }

    public static IReadOnlyList<string> Texts(IPatternRecognizer recognizer, string text, string language) =>
        Run(recognizer, text, language).Select(m => text[m.Start..m.End]).ToArray();

    /// <summary>Exactly one match, covering <paramref name="expected"/> at its first occurrence in <paramref name="text"/>.</summary>
    public static PatternMatch Single(IPatternRecognizer recognizer, string text, string language, string expected)
    {
        var matches = Run(recognizer, text, language);
        var found = Assert.Single(matches);
        Assert.Equal(expected, text[found.Start..found.End]);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), found.Start);
        return found;
    }

    public static void None(IPatternRecognizer recognizer, string text, string language)
    {
        var matches = Run(recognizer, text, language);
        Assert.True(matches.Count == 0,
            $"Expected no match in \"{text}\" but got: {string.Join(" | ", matches.Select(m => $"{m.Type} '{text[m.Start..m.End]}'"))}");
    }

    private static void AssertContract(string text, IReadOnlyList<PatternMatch> matches)
    {
        var previousEnd = 0;
        foreach (var match in matches)
        {
            Assert.InRange(match.Start, previousEnd, text.Length - 1);
            Assert.InRange(match.End, match.Start + 1, text.Length);
            Assert.False(char.IsWhiteSpace(text[match.Start]), $"match starts with whitespace: '{text[match.Start..match.End]}'");
            Assert.False(char.IsWhiteSpace(text[match.End - 1]), $"match ends with whitespace: '{text[match.Start..match.End]}'");
            Assert.False(char.IsLowSurrogate(text[match.Start]), "match starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[match.End - 1]), "match ends inside a surrogate pair");
            Assert.InRange(match.Confidence, 0.01, 1.0);
            Assert.True(PatternTypes.IsKnown(match.Type), match.Type);
            Assert.False(string.IsNullOrEmpty(match.Recognizer));
            previousEnd = match.End;
        }
    }
}
