using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class CryptoRecognizerTests
{
    private readonly CryptoRecognizer recognizer = new();

    [Theory]
    [InlineData("Send the refund to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 today.", "en", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [InlineData("Send the refund to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy today.", "en", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    [InlineData("Schick die Erstattung an bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 heute.", "de", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [InlineData("Send the refund to BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 today.", "en", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")]
    public void Finds_p2pkh_p2sh_and_bech32_addresses(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.Crypto);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVm2")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4")]
    public void Ignores_an_address_with_one_character_changed(string address) =>
        PiiAssert.None(recognizer, $"Send the refund to {address} today.", "en");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        const string address = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy";

        var without = PiiAssert.Score(recognizer, $"Send the refund to {address} today.", "en", address);
        var with = PiiAssert.Score(recognizer, $"Send the refund to my bitcoin wallet {address} today.", "en", address);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }
}
