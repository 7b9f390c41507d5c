using EntityGraph.Grains.Options;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class IngestOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid() => Assert.True(new IngestOptionsValidator().Validate(null, new IngestOptions()).Succeeded);

    [Fact]
    public void Each_impossible_setting_is_reported()
    {
        var options = new IngestOptions { MaxTextBytes = 0, AutomaticTagCount = -1, MinTagSalience = 1.5 };

        var result = new IngestOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("MaxTextBytes", StringComparison.Ordinal));
    }
}
