using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Operators;

public sealed class HashOperatorTests
{
    private const string Text = "John Smith paid. Later john smith paid again.";

    private static readonly OperatorSpec Hash = new() { Operator = "hash" };

    [Fact]
    public void Writes_the_lowercase_hex_sha256_of_salt_then_value()
    {
        var result = Redactors.Default(Hash, propagateValues: false).Redact(Text, [Spans.Of(Text, "John Smith", "PERSON")]);

        // printf 'pepperJohn Smith' | sha256sum
        Assert.Equal("d3aefee143de66adf3cf6bb30d14701afd5a62472b71c45b304a50a1d6fb0625 paid. Later john smith paid again.", result.Text);
    }

    [Fact]
    public void Is_stable_across_redactor_instances_and_differs_with_another_salt()
    {
        Detection[] spans = [Spans.Of(Text, "John Smith", "PERSON"), Spans.Of(Text, "john smith", "PERSON")];
        var otherSalt = Redactors.Options((RedactionOptions.DefaultOperatorKey, Hash));
        otherSalt.HashSalt = TestSecrets.OtherSalt;

        var first = Spans.Outputs(Redactors.Default(Hash).Redact(Text, spans));
        var second = Spans.Outputs(Redactors.Default(Hash).Redact(Text, spans));
        var salted = Spans.Outputs(new Redactor(otherSalt).Redact(Text, spans));

        Assert.Equal(first, second);
        Assert.Equal("078ae771bf7125754f79bbfc31f98570f08e6c6abb5c661d566d66fcba010978", first[1]);
        Assert.Equal("0457631d1eb5c03273187d7857dd1a83d562f957c6c4ee4503549d0c56837d3f", salted[0]);
        Assert.NotEqual(first[0], first[1]);
        Assert.All(first.Concat(salted), h => Assert.Matches("^[0-9a-f]{64}$", h));
    }
}
