using EntityGraph.Grains.Extraction;
using EntityGraph.LanguageDetect;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData(" DE ", "de")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("PT_BR", "pt-BR")]
    [InlineData("und", "und")]
    public void Valid_codes_normalize(string input, string expected)
    {
        Assert.True(LanguageCodes.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en-")]
    [InlineData("12")]
    [InlineData("en us")]
    public void Invalid_codes_are_rejected(string input) => Assert.False(LanguageCodes.TryNormalize(input, out _));

    [Fact]
    public void The_dominant_language_covers_most_characters_and_prefers_a_detected_one()
    {
        LanguageSegment[] parts = [new(0, 10, "en", 0.9), new(10, 40, "und", 0), new(40, 50, "de", 0.8), new(50, 62, "en", 0.6)];

        var (language, confidence) = LanguageSegmenter.Dominant(parts);

        Assert.Equal("en", language);
        Assert.Equal(((10 * 0.9) + (12 * 0.6)) / 22, confidence, 6);
    }
}
