using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class MacAddressRecognizerTests
{
    private readonly MacAddressRecognizer recognizer = new();

    [Theory]
    [InlineData("Unit 00:1A:2B:3C:4D:5E joined at noon.", "en", "00:1A:2B:3C:4D:5E")]
    [InlineData("Unit 00-1a-2b-3c-4d-5e joined at noon.", "en", "00-1a-2b-3c-4d-5e")]
    [InlineData("Unit 001a.2b3c.4d5e joined at noon.", "en", "001a.2b3c.4d5e")]
    [InlineData("Das Modul AC:DE:48:00:11:22 meldete sich um zwölf.", "de", "AC:DE:48:00:11:22")]
    public void Finds_mac_addresses_with_colons_dashes_or_dots(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.MacAddress);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("Unit 00:1A:2B:3C:4D joined.")]
    [InlineData("Unit 00:1A:2B:3C:4D:5E:6F joined.")]
    [InlineData("Unit 00:1A-2B:3C:4D:5E joined.")]
    [InlineData("Unit 00:1G:2B:3C:4D:5E joined.")]
    [InlineData("Unit 001a.2b3c.4d5 joined.")]
    [InlineData("The train leaves at 12:30:45 sharp.")]
    public void Ignores_wrong_group_counts_mixed_separators_and_non_hex_digits(string text) =>
        PiiAssert.None(recognizer, text, "en");

    [Theory]
    [InlineData("Unit {0} joined at noon.", "The MAC of the printer is {0}.", "00:1A:2B:3C:4D:5E")]
    [InlineData("Unit {0} joined at noon.", "Device {0} joined at noon.", "001a.2b3c.4d5e")]
    public void A_context_word_raises_the_score(string plain, string withContext, string mac)
    {
        var without = PiiAssert.Score(recognizer, string.Format(plain, mac), "en", mac);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, mac), "en", mac);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Fact]
    public async Task The_redaction_profile_types_a_mac_address_as_mac_and_not_ip()
    {
        Assert.Equal(
            [("00:1A:2B:3C:4D:5E", PiiTypes.MacAddress)],
            await PiiAssert.RedactAsync("The MAC address 00:1A:2B:3C:4D:5E was blocked.", "en"));
    }
}
