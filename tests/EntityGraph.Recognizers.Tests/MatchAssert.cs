using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Tests;

/// <summary>Runs a recognizer, checks the output contract on every call, and compares the matched texts.</summary>
internal static class MatchAssert
{
    public static IReadOnlyList<Detection> Run(RuleRecognizer recognizer, string text, string language)
    {
        var matches = recognizer.Recognize(text, language);
        AssertContract(text, matches);
        return matches;
    }

    public static IReadOnlyList<string> Texts(RuleRecognizer recognizer, string text, string language) =>
        Run(recognizer, text, language).Select(m => text[m.Start..m.End]).ToArray();

    /// <summary>Exactly one match, covering <paramref name="expected"/> at its first occurrence in <paramref name="text"/>.</summary>
    public static Detection Single(RuleRecognizer recognizer, string text, string language, string expected)
    {
        var matches = Run(recognizer, text, language);
        var found = Assert.Single(matches);
        Assert.Equal(expected, text[found.Start..found.End]);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), found.Start);
        return found;
    }

    public static void None(RuleRecognizer recognizer, string text, string language)
    {
        var matches = Run(recognizer, text, language);
        Assert.True(matches.Count == 0,
            $"Expected no match in \"{text}\" but got: {string.Join(" | ", matches.Select(m => $"{m.Type} '{text[m.Start..m.End]}'"))}");
    }

    /// <summary>Runs a pipeline profile (rules only: no model is registered here) and checks the output contract.</summary>
    public static async Task<IReadOnlyList<Detection>> RunAsync(RecognizerPipeline pipeline, string text, string language, string profile = ProfileNames.Extraction)
    {
        var matches = await pipeline.RecognizeAsync(new RecognitionRequest(text, language), profile, CancellationToken.None);
        AssertContract(text, matches);
        return matches;
    }

    /// <summary>Exactly one detection of the pipeline, covering <paramref name="expected"/>.</summary>
    public static async Task<Detection> SingleAsync(RecognizerPipeline pipeline, string text, string language, string expected)
    {
        var found = Assert.Single(await RunAsync(pipeline, text, language));
        Assert.Equal(expected, text[found.Start..found.End]);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), found.Start);
        return found;
    }

    private static void AssertContract(string text, IReadOnlyList<Detection> matches)
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
