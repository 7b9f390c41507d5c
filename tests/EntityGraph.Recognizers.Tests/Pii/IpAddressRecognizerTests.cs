using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class IpAddressRecognizerTests
{
    private readonly IpAddressRecognizer recognizer = new();

    [Theory]
    [InlineData("The login came from 192.168.10.20 shortly after noon.", "192.168.10.20")]
    [InlineData("Requests from 8.8.8.8, mostly.", "8.8.8.8")]
    [InlineData("Die Anmeldung kam von 10.0.0.255.", "10.0.0.255")]
    public void Finds_ipv4_addresses(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "en", expected, PiiTypes.IpAddress);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("The login came from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 shortly after noon.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("The login came from 2001:db8::8a2e:370:7334 shortly after noon.", "2001:db8::8a2e:370:7334")]
    [InlineData("The login came from FE80::1 shortly after noon.", "FE80::1")]
    [InlineData("Only ::1 answered.", "::1")]
    [InlineData("The last hop was 2001:db8::1.", "2001:db8::1")]
    public void Finds_ipv6_addresses_full_and_compressed(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "en", expected, PiiTypes.IpAddress);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Fact]
    public void Finds_an_ipv4_tailed_ipv6_address_whole()
    {
        const string text = "The mapped peer ::ffff:192.0.2.128 was refused.";

        var spans = PiiAssert.Run(recognizer, text, "en").Select(d => text[d.Start..d.End]).ToList();

        Assert.Contains("::ffff:192.0.2.128", spans);
        Assert.DoesNotContain("::ffff:192", spans);
    }

    [Fact]
    public async Task The_redaction_profile_reports_an_ipv4_tailed_address_once()
    {
        const string text = "The mapped peer ::ffff:192.0.2.128 was refused.";

        Assert.Equal([("::ffff:192.0.2.128", PiiTypes.IpAddress)], await PiiAssert.RedactAsync(text, "en"));
    }

    [Theory]
    [InlineData("Upgrade to version 1.2.3.4.5 tonight.")]
    [InlineData("The octets in 256.10.10.10 are out of range.")]
    [InlineData("Subnet 192.168.1 is reserved.")]
    [InlineData("The train leaves at 12:30:45 sharp.")]
    [InlineData("The mix is 3:4:5 by weight.")]
    [InlineData("Unit 00:1A:2B:3C:4D:5E joined.")]
    [InlineData("Unit 00-1A-2B-3C-4D-5E joined.")]
    [InlineData("Return a std::vector from Parser::Parse instead.")]
    public void Ignores_version_numbers_times_ratios_mac_addresses_and_scope_operators(string text) =>
        PiiAssert.None(recognizer, text, "en");

    [Theory]
    [InlineData("The login came from {0} shortly after noon.", "The login came from IP address {0} shortly after noon.", "10.20.30.40")]
    [InlineData("The login came from {0} shortly after noon.", "Our server {0} rebooted.", "10.20.30.40")]
    [InlineData("The login came from {0} shortly after noon.", "The login came from IPv6 host {0} shortly after noon.", "2001:db8::1")]
    public void A_context_word_raises_the_score(string plain, string withContext, string address)
    {
        var without = PiiAssert.Score(recognizer, string.Format(plain, address), "en", address);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, address), "en", address);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Fact]
    public void Letters_ip_inside_a_word_are_no_context()
    {
        const string plain = "The login came from 10.20.30.40 shortly after noon.";
        const string inside = "The relationship with 10.20.30.40 ended after the description.";

        Assert.Equal(
            PiiAssert.Score(recognizer, plain, "en", "10.20.30.40"),
            PiiAssert.Score(recognizer, inside, "en", "10.20.30.40"));
    }
}
