using EntityGraph.Silo.Hosting;

namespace EntityGraph.Silo.Tests.Cluster;

public sealed class ClusterHostOptionsValidatorTests
{
    private readonly ClusterHostOptionsValidator validator = new();

    [Fact]
    public void The_defaults_start_a_local_silo_with_a_bounded_directory_cache()
    {
        var defaults = new ClusterHostOptions();

        Assert.True(validator.Validate(null, defaults).Succeeded);
        Assert.Equal(10_000, defaults.DirectoryCacheSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_directory_cache_without_room_is_refused_by_its_key(int size)
    {
        var result = validator.Validate(null, new ClusterHostOptions { DirectoryCacheSize = size });

        Assert.True(result.Failed);
        Assert.Contains($"EntityGraph:Cluster:DirectoryCacheSize must be at least 1 (was {size})", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_membership_without_a_connection_or_a_silo_port_names_both_keys()
    {
        var result = validator.Validate(null, new ClusterHostOptions { Provider = "redis" });

        Assert.True(result.Failed);
        Assert.Contains("EntityGraph:Cluster:Redis", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("EntityGraph:Cluster:SiloPort", result.FailureMessage, StringComparison.Ordinal);
    }
}
