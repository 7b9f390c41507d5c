using EntityGraph.Recognizers.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Registers_one_composite_bound_to_configuration()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Recognizers:DisabledTypes:0"] = "PHONE",
            ["EntityGraph:Recognizers:MinimumConfidence"] = "0.5",
        });

        var recognizer = provider.GetRequiredService<IPatternRecognizer>();
        var composite = provider.GetRequiredService<CompositePatternRecognizer>();
        const string text = "Call +49 30 1234567 before 2024-03-15.";
        var matches = recognizer.Recognize(text, "de");

        Assert.Same(composite, recognizer);
        Assert.Equal(["2024-03-15"], matches.Select(m => text[m.Start..m.End]));
        Assert.Equal(0.5, provider.GetRequiredService<IOptions<PatternRecognizerOptions>>().Value.MinimumConfidence);
    }

    [Fact]
    public void Invalid_configuration_fails_when_options_are_read()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["EntityGraph:Recognizers:DisabledTypes:0"] = "ORG",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IPatternRecognizer>());

        Assert.Contains(error.Failures, f => f.Contains("'ORG'", StringComparison.Ordinal));
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
