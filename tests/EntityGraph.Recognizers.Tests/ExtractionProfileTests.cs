using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Tests;

/// <summary>The built-in "extraction" profile over the six rule families, under the "priority" policy.</summary>
public sealed class ExtractionProfileTests
{
    private readonly RecognizerPipeline recognizer = Pipelines.BuiltIn();

    [Fact]
    public async Task Finds_every_type_in_one_sentence_in_text_order()
    {
        const string text = "On March 15, 2024 ACME (www.acme.com, sales@acme.com, +1 555 123 4567) sold 12% more for $1.2 billion.";

        var matches = await MatchAssert.RunAsync(recognizer, text, "en");

        Assert.Equal(
            [
                ("March 15, 2024", PatternTypes.Date),
                ("www.acme.com", PatternTypes.Url),
                ("sales@acme.com", PatternTypes.Email),
                ("+1 555 123 4567", PatternTypes.Phone),
                ("12%", PatternTypes.Percent),
                ("$1.2 billion", PatternTypes.Money),
            ],
            matches.Select(m => (text[m.Start..m.End], m.Type)));
    }

    [Fact]
    public async Task An_email_is_not_also_a_url()
    {
        const string text = "Mail jane@example.com or visit example.com.";

        var matches = await MatchAssert.RunAsync(recognizer, text, "en");

        Assert.Equal(
            [("jane@example.com", PatternTypes.Email), ("example.com", PatternTypes.Url)],
            matches.Select(m => (text[m.Start..m.End], m.Type)));
    }

    [Fact]
    public async Task A_url_swallows_the_date_and_number_inside_it()
    {
        const string text = "Report: https://example.com/2024-03-15/report?id=5551234567 (final)";

        var match = await MatchAssert.SingleAsync(recognizer, text, "en", "https://example.com/2024-03-15/report?id=5551234567");

        Assert.Equal(PatternTypes.Url, match.Type);
    }

    [Fact]
    public async Task A_date_is_not_also_a_phone_number()
    {
        const string text = "Due 2024-03-15, ref 15.03.2024.";

        var matches = await MatchAssert.RunAsync(recognizer, text, "de");

        Assert.All(matches, m => Assert.Equal(PatternTypes.Date, m.Type));
        Assert.Equal(["2024-03-15", "15.03.2024"], matches.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public async Task Money_wins_over_the_percentage_free_number_and_phone_inside_it()
    {
        const string text = "Sie zahlten 1.234.567,89 € dafür.";

        var match = await MatchAssert.SingleAsync(recognizer, text, "de", "1.234.567,89 €");

        Assert.Equal(PatternTypes.Money, match.Type);
    }

    [Fact]
    public async Task Resolves_overlaps_between_custom_recognizers_longest_first_then_type_then_confidence()
    {
        const string text = "abcdefghij";
        var options = new RecognizerOptions { Profiles = { ["extraction"] = new() { Recognizers = ["f1", "f2", "f3", "f4"], Priorities = [] } } };
        var composite = Pipelines.Only(
            options,
            new FixedRecognizer("f1", new Detection(0, 4, PatternTypes.Phone, 0.9, "a")),
            new FixedRecognizer("f2", new Detection(2, 8, PatternTypes.Date, 0.5, "b")),
            new FixedRecognizer("f3", new Detection(8, 10, PatternTypes.Phone, 0.9, "c"), new Detection(8, 10, PatternTypes.Money, 0.6, "d")),
            new FixedRecognizer("f4", new Detection(0, 2, PatternTypes.Percent, 0.7, "e"), new Detection(0, 2, PatternTypes.Percent, 0.8, "f")));

        var matches = await MatchAssert.RunAsync(composite, text, "en");

        Assert.Equal(["f", "b", "d"], matches.Select(m => m.Recognizer));
    }

    [Theory]
    [InlineData("😀😀 Call +49 30 1234567 now", "+49 30 1234567")]
    [InlineData("👨‍👩‍👧 jane@example.com", "jane@example.com")]
    [InlineData("北京大学🎓 2024年3月15日", "2024年3月15日")]
    [InlineData("東京の会社は300円の株を", "300円")]
    [InlineData("𠜎𠜱 and 𝒳 cost €5 million", "€5 million")]
    public async Task Offsets_count_utf16_code_units_after_emoji_and_cjk(string text, string expected)
    {
        var match = await MatchAssert.SingleAsync(recognizer, text, "", expected);

        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), match.Start);
        Assert.Equal(match.Start + expected.Length, match.End);
    }

    [Fact]
    public async Task Empty_and_plain_text_give_nothing()
    {
        Assert.Empty(await MatchAssert.RunAsync(recognizer, "", "en"));
        Assert.Empty(await MatchAssert.RunAsync(recognizer, "Nothing to see here, just words and the year 2024.", "en"));
    }

    [Fact]
    public async Task Null_arguments_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => recognizer.RecognizeAsync(new RecognitionRequest(null!, "en"), ProfileNames.Extraction, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => recognizer.RecognizeAsync(new RecognitionRequest("text", null!), ProfileNames.Extraction, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => recognizer.RecognizeAsync(new RecognitionRequest("text", "en"), "no-such-profile", CancellationToken.None));
        foreach (var single in BuiltInRecognizers.Create().Cast<RuleRecognizer>())
        {
            Assert.Throws<ArgumentNullException>(() => single.Recognize(null!, "en"));
            Assert.Throws<ArgumentNullException>(() => single.Recognize("text", null!));
        }
    }

    [Fact]
    public async Task Disabled_types_and_the_confidence_floor_filter_the_output()
    {
        const string text = "Call 555-123-4567 on March 15, 2024 or mail a@b.com.";
        var options = new RecognizerOptions { DisabledTypes = [PatternTypes.Email], MinimumConfidence = 0.75 };
        var composite = Pipelines.BuiltIn(options);

        var matches = await MatchAssert.RunAsync(composite, text, "en");

        Assert.Equal([("March 15, 2024", PatternTypes.Date)], matches.Select(m => (text[m.Start..m.End], m.Type)));
        Assert.DoesNotContain(PatternTypes.Email, composite.Profile(ProfileNames.Extraction).Types);
    }

    [Fact]
    public async Task Disabled_types_are_dropped_from_custom_recognizers_too()
    {
        var options = new RecognizerOptions { DisabledTypes = [PatternTypes.Date], Profiles = { ["extraction"] = new() { Recognizers = ["x"] } } };
        var composite = Pipelines.Only(options, new FixedRecognizer("x", new Detection(0, 3, PatternTypes.Date, 0.9, "x")));

        Assert.Empty(await MatchAssert.RunAsync(composite, "abc", "en"));
    }

    [Theory]
    [InlineData(" ", 0.5)]
    [InlineData("DATE", 1.5)]
    [InlineData("DATE", double.NaN)]
    public void Invalid_options_are_refused_with_a_clear_message(string disabledType, double minimumConfidence)
    {
        var options = new RecognizerOptions { DisabledTypes = [disabledType], MinimumConfidence = minimumConfidence };

        var error = Assert.Throws<OptionsValidationException>(() => Pipelines.BuiltIn(options));

        Assert.Contains(error.Failures, f => f.Contains("DisabledTypes", StringComparison.Ordinal) || f.Contains("MinimumConfidence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_recognizer_in_the_list_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Pipelines.Only(new RecognizerOptions(), new EmailRecognizer(), null!));
    }

    [Fact]
    public void Two_recognizers_with_one_name_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pipelines.Only(new RecognizerOptions(), new EmailRecognizer(), new EmailRecognizer()));

        Assert.Contains("rules/email", error.Message, StringComparison.Ordinal);
    }
}
