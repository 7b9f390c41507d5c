using System.Text;
using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class SpanDecryptorTests
{
    private const string Text =
        "Dear Zoë Ångström,\nyour visit to 東京都千代田区 on 2024-03-15 😀👩‍👩‍👧 is confirmed.\r\n" +
        "Ref [ENC:abc] stays; call Łukasz Żółć at +48 600 700 800.\n";

    private static readonly OperatorSpec Encrypt = new() { Operator = "encrypt" };

    private static readonly Detection[] Detections =
    [
        Spans.Of(Text, "Zoë Ångström", "PERSON"),
        Spans.Of(Text, "東京都千代田区", "LOCATION"),
        Spans.Of(Text, "2024-03-15 😀👩‍👩‍👧", "DATE"),
        Spans.Of(Text, "confirmed.\r\nRef", "MISC"),
        Spans.Of(Text, "Łukasz Żółć", "PERSON"),
        Spans.Of(Text, "+48 600 700 800.\n", "PHONE"),
    ];

    [Fact]
    public void Decrypting_restores_the_input_byte_for_byte()
    {
        var redacted = Redactors.Default(Encrypt).Redact(Text, Detections).Text;

        var restored = Redactors.Decryptor(TestSecrets.Key).Decrypt(redacted);

        Assert.DoesNotContain("Zoë", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("東京", redacted, StringComparison.Ordinal);
        Assert.Contains("[ENC:abc]", redacted, StringComparison.Ordinal);
        Assert.Equal(Text, restored);
        Assert.Equal(Encoding.UTF8.GetBytes(Text), Encoding.UTF8.GetBytes(restored));
    }

    [Fact]
    public void Restores_adjacent_and_whole_text_spans_and_a_fake_token_inside_a_span()
    {
        const string text = "[ENC:abc]Anna😀Bob";
        var redactor = Redactors.Default(Encrypt, propagateValues: false);
        var decryptor = Redactors.Decryptor(TestSecrets.Key);

        var adjacent = redactor.Redact(
            text,
            [new Detection(0, 9, "FAKE", 0.5, "t"), new Detection(9, 13, "PERSON", 0.5, "t"), new Detection(13, 15, "EMOJI", 0.5, "t"), new Detection(15, 18, "PERSON", 0.5, "t")]);
        var whole = redactor.Redact(text, [new Detection(0, text.Length, "ALL", 0.5, "t")]);

        Assert.Equal(4, adjacent.Items.Count);
        Assert.Equal(text, decryptor.Decrypt(adjacent.Text));
        Assert.Equal(text, decryptor.Decrypt(whole.Text));
    }

    [Fact]
    public void A_token_under_another_key_is_left_unchanged()
    {
        var redacted = Redactors.Default(Encrypt).Redact(Text, Detections).Text;

        Assert.Equal(redacted, Redactors.Decryptor(TestSecrets.OtherKey).Decrypt(redacted));
    }

    [Theory]
    [InlineData("[ENC:abc]")]
    [InlineData("[ENC:]")]
    [InlineData("[ENC:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]")]
    [InlineData("[ENC:not base64!]")]
    [InlineData("[ENC:A")]
    [InlineData("[ENC:[ENC:")]
    public void Garbage_tokens_are_left_unchanged(string garbage)
    {
        var text = $"before {garbage} after";

        Assert.Equal(text, Redactors.Decryptor(TestSecrets.Key).Decrypt(text));
    }

    [Fact]
    public void A_tampered_token_is_left_unchanged()
    {
        const string text = "Anna";
        var token = Redactors.Default(Encrypt).Redact(text, [Spans.Of(text, "Anna", "PERSON")]).Text;
        var flipped = token[10] == 'A' ? 'B' : 'A';
        var tampered = string.Concat(token.AsSpan(0, 10), flipped.ToString(), token.AsSpan(11));

        Assert.Equal("Anna", Redactors.Decryptor(TestSecrets.Key).Decrypt(token));
        Assert.Equal(tampered, Redactors.Decryptor(TestSecrets.Key).Decrypt(tampered));
    }
}
