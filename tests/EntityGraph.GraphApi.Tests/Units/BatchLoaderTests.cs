using EntityGraph.GraphApi.Loaders;

namespace EntityGraph.GraphApi.Tests.Units;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _batches = [];

    [Fact]
    public async Task Keys_queued_before_the_first_await_are_fetched_in_one_batch()
    {
        var loader = CreateLoader();
        var results = new[] { "a", "b", "a", "c" }.Select(loader.Load).ToArray();

        var values = await Task.WhenAll(results.Select(result => result.GetResultAsync()));

        Assert.Equal(new string?[] { "A", "B", "A", "C" }, values);
        Assert.Equal(["a", "b", "c"], Assert.Single(_batches).Order());
    }

    [Fact]
    public async Task Keys_queued_after_a_fetch_started_go_to_the_next_batch_and_cached_keys_are_not_fetched_again()
    {
        var loader = CreateLoader();
        var first = loader.Load("a");
        await first.GetResultAsync();

        var again = loader.Load("a");
        var later = loader.Load("b");
        await Task.WhenAll(again.GetResultAsync(), later.GetResultAsync());

        Assert.Equal(2, _batches.Count);
        Assert.Equal(["b"], _batches[1]);
    }

    [Fact]
    public async Task Missing_keys_give_null_and_load_many_drops_them()
    {
        var loader = CreateLoader();

        var missing = await loader.Load("missing").GetResultAsync();
        var many = await loader.LoadMany(["x", "missing", "y"]).GetResultAsync();

        Assert.Null(missing);
        Assert.Equal(["X", "Y"], many);
    }

    [Fact]
    public async Task A_failing_fetch_fails_every_key_of_its_batch()
    {
        var loader = new BatchLoader<string, string>((_, _) => throw new InvalidOperationException("store down"));
        var a = loader.Load("a");
        var b = loader.Load("b");

        await Assert.ThrowsAsync<InvalidOperationException>(() => a.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync());
    }

    [Fact]
    public async Task Clear_forgets_cached_values()
    {
        var loader = CreateLoader();
        await loader.Load("a").GetResultAsync();

        loader.Clear();
        await loader.Load("a").GetResultAsync();

        Assert.Equal(2, _batches.Count);
    }

    [Fact]
    public async Task Then_maps_and_then_load_defers_a_second_stage()
    {
        var loader = CreateLoader();

        var mapped = await loader.Load("a").Then(value => value + "!").GetResultAsync();
        GraphQL.DataLoader.IDataLoaderResult chained = loader.Load("b").ThenLoad(value => loader.Load(value!.ToLowerInvariant() + "2"));
        var inner = await chained.GetResultAsync();
        var innerValue = await ((GraphQL.DataLoader.IDataLoaderResult)inner!).GetResultAsync();

        Assert.Equal("A!", mapped);
        Assert.Equal("B2", innerValue);
    }

    private BatchLoader<string, string> CreateLoader() =>
        new((keys, _) =>
        {
            _batches.Add(keys.ToArray());
            IReadOnlyDictionary<string, string> values = keys.Where(key => key != "missing").ToDictionary(key => key, key => key.ToUpperInvariant());
            return Task.FromResult(values);
        });
}
