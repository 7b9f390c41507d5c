using EntityGraph.Storage.Tests.Support;
using EntityGraph.Text;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class SearchConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Munich = Entity("loc-munich", "LOC", "Munich");
    private static readonly EntityWrite Bayern = Entity("org-bayern", "ORG", "FC Bayern München");
    private static readonly EntityWrite Munster = Entity("loc-munster", "LOC", "Münster");
    private static readonly EntityWrite Athens = Entity("loc-athens", "LOC", "Athens");
    private static readonly EntityWrite Tokyo = Entity("loc-tokyo", "LOC", "Tokyo");

    [Theory]
    [InlineData("muenchen")]
    [InlineData("München")]
    [InlineData("MÜNCHEN")]
    [InlineData("munchen")]
    [InlineData("Munich")]
    [InlineData("Мюнхен")]
    [InlineData("мюнхен")]
    [InlineData("baviera")]
    [InlineData("Monaco di")]
    public async Task Any_alias_in_any_language_finds_the_entity(string search)
    {
        using var temp = await SeededAsync();

        var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(search, null, null, 10, 0));

        Assert.Equal(Munich.Id, page.Items[0].Id);
    }

    [Fact]
    public async Task Cyrillic_alias_is_found_by_its_own_folding()
    {
        using var temp = await SeededAsync();
        var folded = NameFolding.Fold("Мюнхен");
        Assert.DoesNotContain(folded, c => c is >= 'А' and <= 'я');

        var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(folded, null, null, 10, 0));

        Assert.Equal([Munich.Id], page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Umlaut_spellings_match_every_alias_holding_the_name_most_mentioned_first()
    {
        using var temp = await SeededAsync();

        foreach (var search in new[] { "muenchen", "München", "munchen" })
        {
            var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(search, null, null, 10, 0));
            Assert.Equal([Munich.Id, Bayern.Id], page.Items.Select(e => e.Id));
            Assert.Equal(2, page.TotalCount);
        }
    }

    [Fact]
    public async Task Prefix_matches_and_inner_fragments_do_not()
    {
        using var temp = await SeededAsync();

        var prefix = await temp.Store.SearchEntitiesAsync(new EntityQuery("mün", null, null, 10, 0));
        Assert.Equal([Munich.Id, Munster.Id, Bayern.Id], prefix.Items.Select(e => e.Id));

        var fragment = await temp.Store.SearchEntitiesAsync(new EntityQuery("nchen", null, null, 10, 0));
        Assert.Empty(fragment.Items);
        Assert.Equal(0, fragment.TotalCount);

        var punctuation = await temp.Store.SearchEntitiesAsync(new EntityQuery("!!!", null, null, 10, 0));
        Assert.Empty(punctuation.Items);
    }

    [Fact]
    public async Task Type_and_alias_language_filter_the_matches()
    {
        using var temp = await SeededAsync();

        var organisations = await temp.Store.SearchEntitiesAsync(new EntityQuery("München", "ORG", null, 10, 0));
        Assert.Equal([Bayern.Id], organisations.Items.Select(e => e.Id));

        var englishAliasInGerman = await temp.Store.SearchEntitiesAsync(new EntityQuery("Munich", null, "de", 10, 0));
        Assert.Empty(englishAliasInGerman.Items);

        var englishAliasInEnglish = await temp.Store.SearchEntitiesAsync(new EntityQuery("Munich", null, "EN", 10, 0));
        Assert.Equal([Munich.Id], englishAliasInEnglish.Items.Select(e => e.Id));

        var russianAliases = await temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, "ru", 10, 0));
        Assert.Equal([Munich.Id], russianAliases.Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("Αθήνα", "loc-athens")]
    [InlineData("ΑΘΗΝΑ", "loc-athens")]
    [InlineData("athina", "loc-athens")]
    [InlineData("東京", "loc-tokyo")]
    [InlineData("東", "loc-tokyo")]
    [InlineData("tokyo", "loc-tokyo")]
    public async Task Greek_CJK_and_canonical_names_are_searchable(string search, string expectedId)
    {
        using var temp = await SeededAsync();

        var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(search, null, null, 10, 0));

        Assert.Equal([expectedId], page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task No_search_lists_every_mentioned_entity_by_mentions_then_id()
    {
        using var temp = await SeededAsync();

        var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, null, 10, 0));

        Assert.Equal([Munich.Id, Athens.Id, Munster.Id, Tokyo.Id, Bayern.Id], page.Items.Select(e => e.Id));
        Assert.Equal(5, page.Items[0].MentionCount);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Paging_reports_total_count_and_walks_offsets()
    {
        using var temp = await Backend.CreateAsync();
        var names = new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf" };
        var mentionCounts = new[] { 1, 2, 3, 4, 4, 6, 7 };
        for (var i = 0; i < names.Length; i++)
        {
            var entity = Entity($"e-{names[i].ToLowerInvariant()}", "MISC", names[i]);
            var text = string.Join(" and ", Enumerable.Repeat(names[i], mentionCounts[i]));
            await temp.Store.UpsertDocumentAsync(new DocumentBuilder($"doc-{i}", text).MentionAll(entity, names[i]).Build());
        }

        var expected = new[] { "e-golf", "e-foxtrot", "e-delta", "e-echo", "e-charlie", "e-bravo", "e-alpha" };
        var seen = new List<string>();
        for (var offset = 0; offset < 9; offset += 3)
        {
            var page = await temp.Store.SearchEntitiesAsync(new EntityQuery(null, "MISC", null, 3, offset));
            Assert.Equal(7, page.TotalCount);
            Assert.Equal(offset, page.Offset);
            Assert.Equal(offset + 3 < 7, page.HasNextPage);
            seen.AddRange(page.Items.Select(e => e.Id));
        }

        Assert.Equal(expected, seen);
        var beyond = await temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, null, 3, 20));
        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.TotalCount);
        var countOnly = await temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, null, 0, 0));
        Assert.Empty(countOnly.Items);
        Assert.Equal(7, countOnly.TotalCount);
    }

    private async Task<TempStore> SeededAsync(CancellationToken cancellationToken = default)
    {
        var temp = await Backend.CreateAsync(cancellationToken: cancellationToken);
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-de", "Der FC Bayern München spielt in München. München ist schön.", "de")
            .Mention(Bayern, "FC Bayern München").Mention(Munich, "München", 1).Mention(Munich, "München", 2).Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-en", "Munich is the capital of Bavaria.", "en").Mention(Munich, "Munich").Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-ru", "Мюнхен — столица Баварии.", "ru").Mention(Munich, "Мюнхен").Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-it", "Monaco di Baviera è una città tedesca.", "it").Mention(Munich, "Monaco di Baviera").Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-ms", "Münster liegt in Westfalen.", "de").Mention(Munster, "Münster").Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-el", "Η Αθήνα είναι η πρωτεύουσα.", "el").Mention(Athens, "Αθήνα").Build(), cancellationToken);
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-ja", "東京は日本の首都です。", "ja").Mention(Tokyo, "東京").Build(), cancellationToken);
        return temp;
    }
}
