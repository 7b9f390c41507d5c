using EntityGraph.GraphApi.Options;

namespace EntityGraph.GraphApi.Tests.Units;

public sealed class GraphApiOptionsValidatorTests
{
    private readonly GraphApiOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(_validator.Validate(null, new GraphApiOptions()).Succeeded);
    }

    [Theory]
    [InlineData(nameof(GraphApiOptions.MaxPageSize), 0)]
    [InlineData(nameof(GraphApiOptions.DefaultPageSize), 0)]
    [InlineData(nameof(GraphApiOptions.DefaultPageSize), 101)]
    [InlineData(nameof(GraphApiOptions.MaxDepth), 12)]
    [InlineData(nameof(GraphApiOptions.MaxComplexity), 0)]
    [InlineData(nameof(GraphApiOptions.MaxRequestBytes), 100)]
    public void Unusable_limits_are_rejected_naming_the_setting(string setting, int value)
    {
        var options = new GraphApiOptions();
        var property = typeof(GraphApiOptions).GetProperty(setting)!;
        property.SetValue(options, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage);
    }
}
