using EntityGraph.LanguageDetect.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.LanguageDetect.Tests;

public sealed class DependencyInjectionTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddEntityGraphLanguageDetection();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void The_detector_is_one_singleton_with_bound_options()
    {
        using var provider = Build(new() { ["EntityGraph:LanguageDetect:MinimumConfidence"] = "0.95", ["EntityGraph:LanguageDetect:MinimumLetters"] = "50" });

        var detector = provider.GetRequiredService<ILanguageDetector>();

        Assert.Same(detector, provider.GetRequiredService<ILanguageDetector>());
        Assert.Same(detector, provider.GetRequiredService<LanguageDetector>());
        Assert.Equal(0.95, provider.GetRequiredService<IOptions<LanguageDetectionOptions>>().Value.MinimumConfidence);
        var guess = detector.Detect("The weather is nice today and we go out.");
        Assert.Equal("en", guess.Language);
        Assert.False(guess.IsReliable, "fewer than 50 letters must not be reliable with MinimumLetters = 50");
    }

    [Fact]
    public void Adding_twice_registers_once()
    {
        var services = new ServiceCollection();
        services.AddEntityGraphLanguageDetection();
        services.AddEntityGraphLanguageDetection();

        Assert.Single(services, d => d.ServiceType == typeof(ILanguageDetector));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<LanguageDetectionOptions>));
    }

    [Theory]
    [InlineData("MinimumConfidence", "1.5", "MinimumConfidence")]
    [InlineData("MinimumLetters", "0", "MinimumLetters")]
    [InlineData("MaxAnalyzedChars", "10", "MaxAnalyzedChars")]
    [InlineData("ProfilePath", "/nonexistent/profiles.bin", "ProfilePath")]
    public void Invalid_settings_fail_with_a_clear_message(string key, string value, string expectedInMessage)
    {
        using var provider = Build(new() { ["EntityGraph:LanguageDetect:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ILanguageDetector>());

        Assert.Contains(expectedInMessage, error.Message);
    }

    [Fact]
    public void Direct_construction_with_invalid_options_throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new LanguageDetector(new LanguageDetectionOptions { MinimumConfidence = -0.1 }));

        Assert.Contains("MinimumConfidence", error.Message);
    }
}
