using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests.Configuration;

public sealed class RedactionOptionsValidatorTests
{
    private const string Salt = "s3cr3t-salt-value";

    private readonly RedactionOptionsValidator validator = new();

    [Fact]
    public void Accepts_a_complete_configuration()
    {
        var options = Redactors.Options(
            ("PERSON", new OperatorSpec { Operator = "encrypt" }),
            ("EMAIL", new OperatorSpec { Operator = "hash" }),
            ("PHONE", new OperatorSpec { Operator = "mask", MaskChar = "#", MaskCount = 0, FromEnd = true }),
            ("DEFAULT", new OperatorSpec { Operator = "replace", Numbered = true }));

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.True(validator.Validate(null, new RedactionOptions()).Succeeded);
    }

    [Theory]
    [InlineData("this is not base64 at all!!", "is not valid base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", "decodes to 16 bytes")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj", "decodes to 36 bytes")]
    public void Rejects_a_key_that_is_not_base64_of_32_bytes_without_showing_it(string key, string expected)
    {
        var options = new RedactionOptions { EncryptionKey = key, HashSalt = Salt };

        var result = validator.Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("EntityGraph:Redaction:EncryptionKey ", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Salt, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bad_operator_specs_naming_the_type()
    {
        var options = Redactors.Options(
            ("PERSON", new OperatorSpec { Operator = "scramble" }),
            ("PHONE", new OperatorSpec { Operator = "mask", MaskChar = "##" }),
            ("IBAN", new OperatorSpec { Operator = "mask", MaskCount = -1 }),
            ("EMAIL", new OperatorSpec { Operator = "" }));
        options.HashSalt = Salt;

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("EntityGraph:Redaction:Operators:PERSON: unknown operator 'scramble'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("EntityGraph:Redaction:Operators:PHONE: MaskChar must be exactly one character", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("EntityGraph:Redaction:Operators:IBAN: MaskCount must be 0 or more", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("EntityGraph:Redaction:Operators:EMAIL: Operator is required", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.DoesNotContain(Salt, f, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.DoesNotContain(TestSecrets.Key, f, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_hash_and_encrypt_without_their_salt_and_key()
    {
        var options = new RedactionOptions();
        options.Operators["EMAIL"] = new OperatorSpec { Operator = "hash" };
        options.Operators["PERSON"] = new OperatorSpec { Operator = "encrypt" };

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Contains("EMAIL uses 'hash', which needs EntityGraph:Redaction:HashSalt", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("PERSON uses 'encrypt', which needs EntityGraph:Redaction:EncryptionKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_type_configured_twice_with_different_case()
    {
        var options = new RedactionOptions { Operators = new Dictionary<string, OperatorSpec>(StringComparer.Ordinal) };
        options.Operators["PERSON"] = new OperatorSpec { Operator = "keep" };
        options.Operators["Person"] = new OperatorSpec { Operator = "redact" };

        var failure = Assert.Single(validator.Validate(null, options).Failures!);

        Assert.Contains("'Person' more than once", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_redactor_refuses_invalid_options_without_showing_the_key()
    {
        const string key = "c2hvcnQta2V5";
        var options = new RedactionOptions { EncryptionKey = key, HashSalt = Salt };

        var error = Assert.Throws<ArgumentException>(() => new Redactor(options));

        Assert.Contains("EntityGraph:Redaction:EncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Salt, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_shows_whether_secrets_are_set_but_never_their_values()
    {
        var options = Redactors.Options(("PERSON", new OperatorSpec { Operator = "mask", MaskCount = 2 }));
        options.HashSalt = Salt;

        var described = options.ToString();

        Assert.Equal(
            "RedactionOptions { EncryptionKey = (set), HashSalt = (set), Operators = [PERSON: mask (MaskCount = 2)], PropagateValues = True }",
            described);
        Assert.Equal(
            "RedactionOptions { EncryptionKey = (not set), HashSalt = (not set), Operators = [], PropagateValues = True }",
            new RedactionOptions().ToString());
    }
}
