using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Cluster;

/// <summary>Model-affinity placement on two real in-process silos that host different languages.</summary>
public sealed class PlacementTests
{
    private const string Spanish = "La junta de GLOBEXIA se reunió el lunes en MADRID con Ana.";
    private const string German = "Der Vorstand von GLOBEXIA traf sich am Montag in BERLIN mit Anna.";
    private const string English = "The board of GLOBEXIA met on Monday in LONDON with Anna.";

    [Fact]
    public async Task A_language_is_extracted_only_on_a_silo_that_hosts_it()
    {
        await using var placement = await PlacementCluster.StartAsync();
        var before = await placement.ViewAsync();

        for (var i = 0; i < 12; i++)
        {
            var result = await placement.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(Spanish, "es", ExtractionAccuracy.Best);
            Assert.False(result.UsedFallback);
            Assert.Contains(result.Entities, entity => entity.Text == "GLOBEXIA");
        }

        var after = await placement.ViewAsync();
        Assert.Equal(12, after["Silo_1"].ExtractionsServed - before["Silo_1"].ExtractionsServed);
        Assert.Equal(0, after["Silo_0"].ExtractionsServed);
        Assert.Empty(after["Silo_0"].LoadedModels);
        Assert.Equal(["es"], after["Silo_1"].Languages);
        Assert.Equal(["en"], after["Silo_0"].Languages);
        Assert.True(after["Silo_1"].HostsFallback);
        Assert.False(after["Silo_0"].HostsFallback);
        Assert.All(after.Values, view => Assert.Equal("ACTIVE", view.Status));
    }

    [Fact]
    public async Task A_language_no_silo_hosts_goes_to_the_fallback_wherever_it_is_hosted()
    {
        await using var placement = await PlacementCluster.StartAsync();
        var before = await placement.ViewAsync();

        var german = await placement.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(German, "de", ExtractionAccuracy.Best);
        var english = await placement.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(English, "en", ExtractionAccuracy.Best);

        Assert.True(german.UsedFallback);
        Assert.True(german.Parts.Single().UsedFallback);
        Assert.Contains(german.Entities, entity => entity.Text == "BERLIN");
        Assert.False(english.UsedFallback);
        var after = await placement.ViewAsync();
        Assert.Equal(1, after["Silo_1"].ExtractionsServed - before["Silo_1"].ExtractionsServed);
        Assert.Equal(1, after["Silo_0"].ExtractionsServed - before["Silo_0"].ExtractionsServed);
    }

    [Fact]
    public async Task When_the_silo_hosting_a_language_and_the_fallback_dies_the_language_is_MODEL_UNAVAILABLE_and_others_still_work()
    {
        await using var placement = await PlacementCluster.StartAsync();
        var spanishHost = placement.Cluster.Silos.Single(silo => silo.Name == "Silo_1");

        await placement.Cluster.StopSiloAsync(spanishHost);

        var refused = await Assert.ThrowsAsync<EntityGraphException>(() => placement.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(Spanish, "es", ExtractionAccuracy.Best));
        Assert.Equal(ErrorCodes.ModelUnavailable, refused.Code);
        Assert.Contains("'es'", refused.Message, StringComparison.Ordinal);
        var english = await placement.Grains.GetGrain<IExtractionGrain>(0).ExtractAsync(English, "en", ExtractionAccuracy.Best);
        Assert.False(english.UsedFallback);
        var view = await placement.ViewAsync();
        Assert.Equal("ACTIVE", view["Silo_0"].Status);
        Assert.NotEqual("ACTIVE", view["Silo_1"].Status);
    }
}
