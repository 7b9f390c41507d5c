using EntityGraph.Redaction.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Redaction.Tests.Configuration;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Binds_the_section_and_registers_one_redactor_and_decryptor()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Redaction:EncryptionKey"] = TestSecrets.Key,
            ["EntityGraph:Redaction:HashSalt"] = TestSecrets.Salt,
            ["EntityGraph:Redaction:PropagateValues"] = "false",
            ["EntityGraph:Redaction:Operators:PERSON:Operator"] = "encrypt",
            ["EntityGraph:Redaction:Operators:EMAIL:Operator"] = "hash",
            ["EntityGraph:Redaction:Operators:PHONE:Operator"] = "mask",
            ["EntityGraph:Redaction:Operators:PHONE:MaskChar"] = "#",
            ["EntityGraph:Redaction:Operators:PHONE:MaskCount"] = "4",
            ["EntityGraph:Redaction:Operators:PHONE:FromEnd"] = "true",
        });
        const string text = "John Smith, +1 555 0100, John Smith";

        var redactor = provider.GetRequiredService<Redactor>();
        var result = redactor.Redact(text, [Spans.Of(text, "John Smith", "PERSON"), Spans.Of(text, "+1 555 0100", "PHONE")]);

        Assert.Same(redactor, provider.GetRequiredService<Redactor>());
        Assert.Equal(["encrypt", "mask"], result.Items.Select(i => i.Operator));
        Assert.EndsWith(", +1 555 ####, John Smith", result.Text, StringComparison.Ordinal);
        Assert.Equal("John Smith, +1 555 ####, John Smith", provider.GetRequiredService<SpanDecryptor>().Decrypt(result.Text));
    }

    [Fact]
    public void Reads_the_key_and_salt_from_environment_variables()
    {
        const string prefix = "EGREDACTIONTEST_";
        Environment.SetEnvironmentVariable(prefix + "EntityGraph__Redaction__HashSalt", TestSecrets.Salt);
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
            services.AddEntityGraphRedaction();
            using var provider = services.BuildServiceProvider();
            const string text = "John Smith";

            var result = provider.GetRequiredService<Redactor>().Redact(
                text,
                [Spans.Of(text, "John Smith", "PERSON")],
                new Dictionary<string, OperatorSpec> { ["PERSON"] = new() { Operator = "hash" } });

            Assert.Equal("d3aefee143de66adf3cf6bb30d14701afd5a62472b71c45b304a50a1d6fb0625", result.Text);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "EntityGraph__Redaction__HashSalt", null);
        }
    }

    [Fact]
    public void Invalid_configuration_fails_when_options_are_read_without_showing_secrets()
    {
        const string badKey = "dG9vLXNob3J0LWtleQ==";
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Redaction:EncryptionKey"] = badKey,
            ["EntityGraph:Redaction:HashSalt"] = TestSecrets.Salt,
            ["EntityGraph:Redaction:Operators:PERSON:Operator"] = "blur",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Redactor>());

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.Contains("'blur'", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("EntityGraph:Redaction:EncryptionKey", StringComparison.Ordinal));
        Assert.DoesNotContain(badKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSecrets.Salt, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEntityGraphRedaction();
        return services.BuildServiceProvider();
    }
}
