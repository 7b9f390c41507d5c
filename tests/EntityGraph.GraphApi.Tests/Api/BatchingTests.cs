using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>DataLoaders: nested fields of a list cost one store call per kind of read, whatever the list length.</summary>
[Collection(BulkGraphCollection.Name)]
public sealed class BatchingTests(BulkGraphFixture fixture)
{
    private const string DocumentsWithEverything = """
        query Docs($first: Int) {
          documents(first: $first) {
            edges { node {
              id title
              entities { id canonicalName aliases { name language count } }
              mentions { start end entity { id type } }
              highlights { text entity { canonicalName } }
            } }
          }
        }
        """;

    [Fact]
    public async Task Fifty_documents_with_entities_mentions_and_aliases_cost_as_many_store_calls_as_five()
    {
        var small = await CountCallsAsync(DocumentsWithEverything, new { first = 5 }, expectedDocuments: 5);
        var large = await CountCallsAsync(DocumentsWithEverything, new { first = 50 }, expectedDocuments: 50);

        Assert.Equal(small, large);
        Assert.Equal(1, large[nameof(IGraphStore.ListDocumentsAsync)]);
        Assert.Equal(1, large[nameof(IGraphStore.GetMentionsByDocumentAsync)]);
        Assert.Equal(1, large[nameof(IGraphStore.GetAliasesAsync)]);
        Assert.InRange(large[nameof(IGraphStore.GetEntitiesAsync)], 1, 2);
        Assert.InRange(large.Values.Sum(), 4, 5);
    }

    [Fact]
    public async Task Entities_of_a_search_page_load_their_aliases_in_one_call()
    {
        const string query = "{ entities(first: 20) { nodes { id aliases { name } } } }";

        var calls = await CountCallsAsync(query, null, expectedDocuments: null);

        Assert.Equal(1, calls[nameof(IGraphStore.SearchEntitiesAsync)]);
        Assert.Equal(1, calls[nameof(IGraphStore.GetAliasesAsync)]);
        Assert.Equal(2, calls.Values.Sum());
    }

    [Fact]
    public async Task The_same_entity_requested_from_many_places_is_loaded_once_per_request()
    {
        var query = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"e{i}: entity(id: \"e{i % 3:00}\") {{ canonicalName }}"));

        var calls = await CountCallsAsync("{ " + query + " }", null, expectedDocuments: null);

        Assert.Equal(new Dictionary<string, int> { [nameof(IGraphStore.GetEntitiesAsync)] = 1 }, calls);
    }

    private async Task<IReadOnlyDictionary<string, int>> CountCallsAsync(string query, object? variables, int? expectedDocuments)
    {
        fixture.Store.Reset();
        var data = await fixture.Client.QueryAsync(query, variables);
        var calls = fixture.Store.Snapshot();
        fixture.Store.Reset();
        if (expectedDocuments is { } count)
        {
            var edges = data.GetProperty("documents").GetProperty("edges").EnumerateArray().ToArray();
            Assert.Equal(count, edges.Length);
            Assert.All(edges, edge => Assert.Equal(3, edge.GetProperty("node").GetProperty("entities").GetArrayLength()));
        }

        return calls;
    }
}
