using EntityGraph.Storage;
using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Tests.Fixtures;

namespace EntityGraph.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class EntityGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Concurrent_resolves_of_one_key_return_one_deterministic_id()
    {
        var candidate = new EntityCandidate("LOC", "vellmar", "Vellmar", "de");
        var grain = fixture.Grains.GetGrain<IEntityGrain>(EntityKeys.For("LOC", "vellmar"));

        var ids = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => grain.ResolveAsync(candidate)));

        Assert.Equal([EntityIds.Create("LOC", "vellmar")], ids.Distinct());
    }

    [Fact]
    public async Task A_stored_link_for_the_key_wins_over_a_new_id()
    {
        await fixture.Grains.GetGrain<IDocumentGrain>("link-1").IngestAsync(new DocumentInput("link-1", "OSTRAVIX hired Jolana.", "en"));
        var stored = await fixture.Store.FindEntityByKeyAsync("ORG", "ostravix");

        var resolved = await fixture.Grains.GetGrain<IEntityGrain>(EntityKeys.For("ORG", "ostravix")).ResolveAsync(new EntityCandidate("ORG", "ostravix", "OSTRAVIX", "en"));

        Assert.NotNull(stored);
        Assert.Equal(stored, resolved);
    }

    [Fact]
    public async Task A_name_stored_under_one_named_type_is_the_entity_for_another_named_type()
    {
        await fixture.Grains.GetGrain<IDocumentGrain>("cross-type-1").IngestAsync(new DocumentInput("cross-type-1", "KRALOVIX hired Jolana.", "en"));
        var stored = await fixture.Store.FindEntityByKeyAsync("ORG", "kralovix");

        var asPlace = await fixture.Grains.GetGrain<IEntityGrain>(EntityKeys.For("LOC", "kralovix")).FindAsync(new EntityCandidate("LOC", "kralovix", "Kralovix", "en"));
        var asPerson = await fixture.Grains.GetGrain<IEntityGrain>(EntityKeys.For("PER", "kralovix")).FindAsync(new EntityCandidate("PER", "kralovix", "Kralovix", "en"));
        var asMoney = await fixture.Grains.GetGrain<IEntityGrain>(EntityKeys.For("MONEY", "kralovix")).FindAsync(new EntityCandidate("MONEY", "kralovix", "Kralovix", "en"));

        Assert.NotNull(stored);
        Assert.Equal((stored, stored), (asPlace, asPerson));
        Assert.Null(asMoney);
        Assert.Equal("NAME|kralovix", EntityKeys.For("LOC", "kralovix"));
        Assert.Equal("MONEY|kralovix", EntityKeys.For("MONEY", "kralovix"));
    }

    [Theory]
    [InlineData("NAME|other")]
    [InlineData("ORG|acme")]
    [InlineData("MONEY|acme")]
    [InlineData("no-bar")]
    public async Task A_candidate_sent_to_the_wrong_key_is_invalid_input(string key)
    {
        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IEntityGrain>(key).ResolveAsync(new EntityCandidate("ORG", "acme", "ACME", "en")));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
    }
}
