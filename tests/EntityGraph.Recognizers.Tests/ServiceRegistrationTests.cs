using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Registers_one_pipeline_bound_to_configuration()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Recognizers:DisabledTypes:0"] = "PHONE",
            ["EntityGraph:Recognizers:MinimumConfidence"] = "0.5",
        });

        var pipeline = provider.GetRequiredService<RecognizerPipeline>();
        const string text = "Call +49 30 1234567 before 2024-03-15.";
        var matches = await pipeline.RecognizeAsync(new RecognitionRequest(text, "de"), ProfileNames.Extraction, CancellationToken.None);

        Assert.Same(pipeline, provider.GetRequiredService<RecognizerPipeline>());
        Assert.Equal(["2024-03-15"], matches.Select(m => text[m.Start..m.End]));
        Assert.Equal(0.5, provider.GetRequiredService<IOptions<RecognizerOptions>>().Value.MinimumConfidence);
        Assert.Equal(BuiltInRecognizers.Create().Count, provider.GetServices<IEntityRecognizer>().Count());
    }

    [Fact]
    public async Task A_configured_profile_deny_list_and_regex_recognizer_run()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Recognizers:Profiles:tickets:Recognizers:0"] = "rules/email",
            ["EntityGraph:Recognizers:Profiles:tickets:Policies:0"] = "container-wins",
            ["EntityGraph:Recognizers:Custom:0:Name"] = "custom/ticket",
            ["EntityGraph:Recognizers:Custom:0:Type"] = "TICKET",
            ["EntityGraph:Recognizers:Custom:0:Patterns:0"] = @"\bTCK-[0-9]{6}\b",
            ["EntityGraph:Recognizers:Custom:0:Profiles:0"] = "tickets",
            ["EntityGraph:Recognizers:DenyLists:0:Name"] = "deny/projects",
            ["EntityGraph:Recognizers:DenyLists:0:Type"] = "PROJECT",
            ["EntityGraph:Recognizers:DenyLists:0:Terms:0"] = "Blue Heron",
            ["EntityGraph:Recognizers:DenyLists:0:Profiles:0"] = "tickets",
        });

        var pipeline = provider.GetRequiredService<RecognizerPipeline>();
        const string text = "TCK-123456: blue heron rollout, ask ops@example.com.";
        var found = await pipeline.RecognizeAsync(new RecognitionRequest(text, "en"), "tickets", CancellationToken.None);

        Assert.Equal(
            [("TCK-123456", "TICKET"), ("blue heron", "PROJECT"), ("ops@example.com", "EMAIL")],
            found.Select(d => (text[d.Start..d.End], d.Type)));
        var extraction = await pipeline.RecognizeAsync(new RecognitionRequest(text, "en"), ProfileNames.Extraction, CancellationToken.None);
        Assert.DoesNotContain(extraction, d => d.Type is "TICKET" or "PROJECT");
    }

    [Fact]
    public async Task A_profile_composes_its_recognizers_per_language()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Recognizers:Profiles:contacts:Recognizers:0"] = "rules/email",
            ["EntityGraph:Recognizers:Profiles:contacts:Recognizers:1"] = "pii/phone",
            ["EntityGraph:Recognizers:Profiles:contacts:Languages:de:0"] = "rules/email",
        });

        var pipeline = provider.GetRequiredService<RecognizerPipeline>();
        const string text = "Mail ops@example.com or call +49 30 901820.";
        var english = await pipeline.RecognizeAsync(new RecognitionRequest(text, "en"), "contacts", CancellationToken.None);
        var german = await pipeline.RecognizeAsync(new RecognitionRequest(text, "de-AT"), "contacts", CancellationToken.None);

        Assert.Equal(["EMAIL", "PHONE"], english.Select(d => d.Type));
        Assert.Equal(["EMAIL"], german.Select(d => d.Type));
    }

    [Theory]
    [InlineData("EntityGraph:Recognizers:Profiles:extraction:Recognizers:0", "rules/nothing", "'rules/nothing'")]
    [InlineData("EntityGraph:Recognizers:Profiles:extraction:Policies:0", "first-wins", "'first-wins'")]
    [InlineData("EntityGraph:Recognizers:Custom:0:Name", "custom/x", "needs a Type")]
    [InlineData("EntityGraph:Recognizers:DenyLists:0:Name", "rules/email", "already taken")]
    public void Invalid_configuration_fails_with_a_clear_message(string key, string value, string expected)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RecognizerPipeline>());

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEntityGraphRecognizers();
        return services.BuildServiceProvider();
    }
}
