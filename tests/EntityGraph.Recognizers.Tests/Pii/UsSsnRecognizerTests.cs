using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class UsSsnRecognizerTests
{
    private readonly UsSsnRecognizer recognizer = new();

    [Fact]
    public void Finds_a_dashed_number_above_the_redaction_floor_without_context()
    {
        var found = PiiAssert.Single(recognizer, "The applicant, 536-22-8726, signed on Monday.", "en", "536-22-8726", PiiTypes.UsSsn);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("The applicant, {0}, signed on Monday.", "The applicant's SSN {0} was checked.", "536228726")]
    [InlineData("The applicant, {0}, signed on Monday.", "Social Security number: {0}.", "536 22 8726")]
    public void An_unbroken_or_spaced_number_needs_context_to_reach_the_redaction_floor(string plain, string withContext, string ssn)
    {
        var without = PiiAssert.Score(recognizer, string.Format(plain, ssn), "en", ssn);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, ssn), "en", ssn);

        Assert.True(without < PiiAssert.RedactionFloor, $"{without} without context");
        Assert.True(with >= PiiAssert.RedactionFloor, $"{with} with context");
    }

    [Fact]
    public void A_context_word_raises_the_score_of_a_dashed_number()
    {
        var without = PiiAssert.Score(recognizer, "The applicant, 536-22-8726, signed on Monday.", "en", "536-22-8726");
        var with = PiiAssert.Score(recognizer, "SSN: 536-22-8726", "en", "536-22-8726");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("000-22-8726")]
    [InlineData("666-22-8726")]
    [InlineData("900-22-8726")]
    [InlineData("936-22-8726")]
    [InlineData("999-22-8726")]
    [InlineData("536-00-8726")]
    [InlineData("536-22-0000")]
    [InlineData("078-05-1120")]
    [InlineData("123-45-6789")]
    [InlineData("536-22-872")]
    [InlineData("536-22-87266")]
    public void Ignores_numbers_the_ssa_never_issues_and_wrong_lengths(string ssn) =>
        PiiAssert.None(recognizer, $"SSN: {ssn}", "en");

    [Theory]
    [InlineData("en", true)]
    [InlineData("de", false)]
    [InlineData("es", false)]
    [InlineData("", false)]
    public void Runs_for_english_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_an_ssn_in_a_german_text()
    {
        var found = await PiiAssert.RedactAsync("Die SSN des Antragstellers ist 536-22-8726.", "de");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.UsSsn);
    }

    [Fact]
    public async Task The_redaction_profile_reports_an_unbroken_number_only_with_context()
    {
        Assert.DoesNotContain(await PiiAssert.RedactAsync("The applicant, 536228726, signed on Monday.", "en"), f => f.Type == PiiTypes.UsSsn);
        Assert.Equal([("536228726", PiiTypes.UsSsn)], await PiiAssert.RedactAsync("The applicant's SSN 536228726 was checked.", "en"));
    }
}
