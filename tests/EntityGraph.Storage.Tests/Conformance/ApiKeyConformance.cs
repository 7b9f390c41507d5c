using EntityGraph.Storage.Tests.Support;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>API keys in the store; every backend runs it through a derived class.</summary>
public abstract class ApiKeyConformance
{
    protected abstract StoreBackend Backend { get; }

    private static ApiKeyRecord Key(string id, string name, string role = "editor", long ticks = 638_000_000_000_000_000) =>
        new(id, name, role, [1, 2, 3], [9, 8, 7, 6], new DateTimeOffset(ticks, TimeSpan.Zero));

    [Fact]
    public async Task A_key_is_found_by_its_id_with_salt_hash_and_time_and_listed_oldest_first()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.AddApiKeyAsync(Key("bbbbbbbbbbbb", "second", ticks: 638_000_000_000_000_002));
        await store.AddApiKeyAsync(Key("aaaaaaaaaaaa", "first", "admin"));

        var found = await store.FindApiKeyAsync("aaaaaaaaaaaa");
        var listed = await store.ListApiKeysAsync();

        Assert.NotNull(found);
        Assert.Equal(("first", "admin"), (found.Name, found.Role));
        Assert.Equal([1, 2, 3], found.Salt);
        Assert.Equal([9, 8, 7, 6], found.Hash);
        Assert.Equal(new DateTimeOffset(638_000_000_000_000_000, TimeSpan.Zero), found.CreatedAt);
        Assert.Null(found.RevokedAt);
        Assert.Equal(["first", "second"], listed.Select(key => key.Name));
        Assert.Null(await store.FindApiKeyAsync("cccccccccccc"));
    }

    [Fact]
    public async Task A_live_name_is_taken_until_revoked_and_revoking_keeps_the_record()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.AddApiKeyAsync(Key("aaaaaaaaaaaa", "ci"));

        var taken = await Assert.ThrowsAsync<GraphStoreException>(() => store.AddApiKeyAsync(Key("bbbbbbbbbbbb", "ci")));
        Assert.True(await store.RevokeApiKeyAsync("ci"));
        Assert.False(await store.RevokeApiKeyAsync("ci"));
        await store.AddApiKeyAsync(Key("bbbbbbbbbbbb", "ci"));

        Assert.Equal(ErrorCodes.NameTaken, taken.Code);
        Assert.NotNull((await store.FindApiKeyAsync("aaaaaaaaaaaa"))!.RevokedAt);
        Assert.Null((await store.FindApiKeyAsync("bbbbbbbbbbbb"))!.RevokedAt);
        Assert.Equal(2, (await store.ListApiKeysAsync()).Count);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData(" padded ", "name")]
    [InlineData("ok", "")]
    public async Task A_key_without_a_clean_name_or_a_role_is_invalid_input(string name, string role)
    {
        using var temp = await Backend.CreateAsync();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.AddApiKeyAsync(Key("aaaaaaaaaaaa", name, role)));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Empty(await temp.Store.ListApiKeysAsync());
    }
}
