using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class AadhaarRecognizerTests
{
    private readonly AadhaarRecognizer recognizer = new();

    [Theory]
    [InlineData("The form lists 2341 2341 2346 as her identity.", "en", "2341 2341 2346")]
    [InlineData("The form lists 2341-2341-2346 as her identity.", "en", "2341-2341-2346")]
    [InlineData("The form lists 234123412346 as her identity.", "en", "234123412346")]
    [InlineData("फ़ॉर्म में 2341 2341 2346 लिखा है।", "hi", "2341 2341 2346")]
    public void Finds_grouped_dashed_and_unbroken_numbers_above_the_redaction_floor_without_context(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.InAadhaar);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("2341 2341 2347")]
    [InlineData("2341 2341 2336")]
    [InlineData("1341 2341 2346")]
    [InlineData("0341 2341 2346")]
    [InlineData("2341 2341 234")]
    [InlineData("2341 2341-2346")]
    public void Ignores_a_wrong_check_digit_first_digit_length_or_grouping(string number) =>
        PiiAssert.None(recognizer, $"The form lists {number} as her identity.", "en");

    [Theory]
    [InlineData("The form lists {0} as her identity.", "Her Aadhaar number is {0}.", "en")]
    [InlineData("फ़ॉर्म में {0} लिखा है।", "मेरा आधार नंबर {0} है।", "hi")]
    public void A_context_word_raises_the_score(string plain, string withContext, string language)
    {
        const string number = "2341 2341 2346";

        var without = PiiAssert.Score(recognizer, string.Format(plain, number), language, number);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, number), language, number);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("hi", true)]
    [InlineData("de", false)]
    [InlineData("pl", false)]
    public void Runs_for_english_and_hindi_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_an_aadhaar_number_in_a_polish_text()
    {
        var found = await PiiAssert.RedactAsync("W formularzu podano 2341 2341 2346 jako dokument.", "pl");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.InAadhaar);
    }
}
