using System.Buffers.Text;
using System.Text;
using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Operators;

public sealed class EncryptOperatorTests
{
    private static readonly OperatorSpec Encrypt = new() { Operator = "encrypt" };

    [Fact]
    public void Writes_a_token_of_nonce_ciphertext_and_tag_in_base64url()
    {
        const string text = "Patient: Zoë Müller.";
        var result = Redactors.Default(Encrypt).Redact(text, [Spans.Of(text, "Zoë Müller", "PERSON")]);

        var token = Assert.Single(Spans.Outputs(result));
        Assert.Matches(@"^\[ENC:[A-Za-z0-9_-]+\]$", token);
        var sealedBytes = Base64Url.DecodeFromChars(token.AsSpan(5, token.Length - 6));
        Assert.Equal(12 + Encoding.UTF8.GetByteCount("Zoë Müller") + 16, sealedBytes.Length);
        Assert.Equal($"Patient: {token}.", result.Text);
    }

    [Fact]
    public void Is_deterministic_within_a_call_and_across_instances()
    {
        const string text = "Anna, then Bob, then Anna again.";
        Detection[] spans = [Spans.Of(text, "Anna", "PERSON"), Spans.Of(text, "Bob", "PERSON"), Spans.Of(text, "Anna", "PERSON", occurrence: 1)];

        var first = Spans.Outputs(Redactors.Default(Encrypt).Redact(text, spans));
        var second = Spans.Outputs(Redactors.Default(Encrypt).Redact(text, spans));

        Assert.Equal(first, second);
        Assert.Equal(first[0], first[2]);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void Another_key_gives_another_token()
    {
        const string text = "Anna";
        var otherKey = Redactors.Options((RedactionOptions.DefaultOperatorKey, Encrypt));
        otherKey.EncryptionKey = TestSecrets.OtherKey;

        var first = Redactors.Default(Encrypt).Redact(text, [Spans.Of(text, "Anna", "PERSON")]);
        var second = new Redactor(otherKey).Redact(text, [Spans.Of(text, "Anna", "PERSON")]);

        Assert.NotEqual(first.Text, second.Text);
    }
}
