using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Tests.Pii;

/// <summary>
/// Runs PII recognizers and pipeline profiles and checks what they answer. A recognizer may report overlapping spans (two of
/// its patterns can find the same card number; the pipeline's policies resolve that); a redaction profile may not.
/// </summary>
internal static class PiiAssert
{
    private static readonly RecognizerPipeline BuiltIn = Pipelines.BuiltIn();

    /// <summary>The score below which the redaction profiles drop a detection.</summary>
    public static double RedactionFloor { get; } = BuiltInProfiles.All[ProfileNames.RedactionRules].MinimumConfidence ?? 0;

    /// <summary>The detections of <paramref name="recognizer"/>, each checked: inside the text, trimmed, of its type and name, scored 0–1.</summary>
    public static IReadOnlyList<Detection> Run(RuleRecognizer recognizer, string text, string language)
    {
        var found = recognizer.Recognize(text, language);
        foreach (var detection in found)
        {
            Assert.InRange(detection.Start, 0, text.Length - 1);
            Assert.InRange(detection.End, detection.Start + 1, text.Length);
            Assert.False(char.IsWhiteSpace(text[detection.Start]), $"'{text[detection.Start..detection.End]}' starts with whitespace");
            Assert.False(char.IsWhiteSpace(text[detection.End - 1]), $"'{text[detection.Start..detection.End]}' ends with whitespace");
            Assert.Contains(detection.Type, recognizer.Types);
            Assert.Equal(recognizer.Name, detection.Recognizer);
            Assert.InRange(detection.Confidence, 0.0, 1.0);
        }

        return found;
    }

    /// <summary>
    /// Asserts that every detection covers exactly <paramref name="expected"/> (at its first occurrence) with
    /// <paramref name="type"/>, and returns the best-scored one.
    /// </summary>
    public static Detection Single(RuleRecognizer recognizer, string text, string language, string expected, string type)
    {
        var found = Run(recognizer, text, language);
        var start = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{expected}' is not in the text");
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal((expected, start, type), (text[d.Start..d.End], d.Start, d.Type)));
        return found.MaxBy(d => d.Confidence)!;
    }

    /// <summary>Asserts that the recognizer finds nothing.</summary>
    public static void None(RuleRecognizer recognizer, string text, string language)
    {
        var found = Run(recognizer, text, language);
        Assert.True(found.Count == 0, $"expected nothing in \"{text}\" but got: {Describe(text, found)}");
    }

    /// <summary>The best score the recognizer gives <paramref name="value"/> in <paramref name="text"/>.</summary>
    public static double Score(RuleRecognizer recognizer, string text, string language, string value) =>
        Single(recognizer, text, language, value, Assert.Single(recognizer.Types)).Confidence;

    /// <summary>Runs a profile; its answer must be in text order and free of overlaps.</summary>
    public static async Task<IReadOnlyList<Detection>> RunAsync(RecognizerPipeline pipeline, string text, string language, string profile, IReadOnlySet<string>? types = null)
    {
        var found = await pipeline.RecognizeAsync(new RecognitionRequest(text, language, Types: types), profile, CancellationToken.None);
        var previousEnd = 0;
        foreach (var detection in found)
        {
            Assert.True(detection.Start >= previousEnd, $"overlap or disorder: {Describe(text, found)}");
            Assert.InRange(detection.End, detection.Start + 1, text.Length);
            previousEnd = detection.End;
        }

        return found;
    }

    /// <summary>What a profile finds, as (covered text, type) pairs in text order.</summary>
    public static async Task<IReadOnlyList<(string Text, string Type)>> FoundAsync(RecognizerPipeline pipeline, string text, string language, string profile) =>
        (await RunAsync(pipeline, text, language, profile)).Select(d => (text[d.Start..d.End], d.Type)).ToList();

    /// <summary>What the built-in "redaction-rules" profile finds, as (covered text, type) pairs in text order.</summary>
    public static Task<IReadOnlyList<(string Text, string Type)>> RedactAsync(string text, string language) =>
        FoundAsync(BuiltIn, text, language, ProfileNames.RedactionRules);

    private static string Describe(string text, IEnumerable<Detection> found) =>
        string.Join(" | ", found.Select(d => $"{d.Type} '{text[d.Start..d.End]}' {d.Confidence}"));
}
