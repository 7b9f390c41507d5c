using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(MutableGraphCollection.Name)]
public sealed class ClusterQueryTests(MutableGraphFixture fixture)
{
    [Fact]
    public async Task The_cluster_lists_the_one_local_silo_hosting_every_language_and_counts_its_extractions()
    {
        const string Query = "{ cluster { name status languages hostsFallback loadedModels activations extractionsServed } }";
        var before = await fixture.Client.QueryAsync(Query);
        await fixture.Client.QueryAsync("""mutation { extract(text: "ACME hired Anna.", language: "en") { entities { text } } }""");

        var after = await fixture.Client.QueryAsync(Query);

        var silo = Assert.Single(after.GetProperty("cluster").EnumerateArray());
        Assert.Equal("ACTIVE", silo.GetProperty("status").GetString());
        Assert.Equal(["*"], silo.GetProperty("languages").EnumerateArray().Select(item => item.GetString()));
        Assert.True(silo.GetProperty("hostsFallback").GetBoolean());
        var served = before.GetProperty("cluster")[0].GetProperty("extractionsServed").GetInt64();
        Assert.Equal(served + 1, silo.GetProperty("extractionsServed").GetInt64());
        Assert.NotEmpty(silo.GetProperty("loadedModels").EnumerateArray());
        Assert.True(silo.GetProperty("activations").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(silo.GetProperty("name").GetString()));
    }
}
