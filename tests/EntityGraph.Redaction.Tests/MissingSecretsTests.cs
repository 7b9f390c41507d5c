using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Tests;

public sealed class MissingSecretsTests
{
    private const string Text = "Mail anna@example.com";

    private readonly Redactor redactor = new(new RedactionOptions());

    [Fact]
    public void Hash_without_a_salt_names_the_salt_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => redactor.Redact(
            Text,
            [Spans.Of(Text, "anna@example.com", "EMAIL")],
            new Dictionary<string, OperatorSpec> { ["EMAIL"] = new() { Operator = "hash" } }));

        Assert.Contains("EntityGraph:Redaction:HashSalt", error.Message, StringComparison.Ordinal);
        Assert.Contains("EntityGraph__Redaction__HashSalt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encrypt_without_a_key_names_the_key_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => redactor.Redact(
            Text,
            [Spans.Of(Text, "anna@example.com", "EMAIL")],
            new Dictionary<string, OperatorSpec> { ["DEFAULT"] = new() { Operator = "encrypt" } }));

        Assert.Contains("EntityGraph:Redaction:EncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decryptor_without_a_key_names_the_key_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SpanDecryptor(new RedactionOptions()));

        Assert.Contains("EntityGraph:Redaction:EncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_reports_what_each_operator_is_missing()
    {
        var without = new RedactionOperators(new RedactionOptions());
        var with = new RedactionOperators(Redactors.Options());

        Assert.Equal("EntityGraph:Redaction:HashSalt", without.Get("hash").MissingSetting);
        Assert.Equal("EntityGraph:Redaction:EncryptionKey", without.Get("encrypt").MissingSetting);
        Assert.All(RedactionOperators.Names, name => Assert.Null(with.Get(name).MissingSetting));
        Assert.Equal(["replace", "redact", "mask", "hash", "encrypt", "keep"], RedactionOperators.Names);
        Assert.DoesNotContain(TestSecrets.Salt, with.Get("hash").ToString(), StringComparison.Ordinal);
    }
}
