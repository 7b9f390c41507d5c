using EntityGraph.Storage;
using EntityGraph.Grains.Tests.Fixtures;

namespace EntityGraph.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class BadInputTests(ClusterFixture fixture)
{
    public static TheoryData<string, string, string> BadTexts => new()
    {
        { "empty", string.Empty, ErrorCodes.EmptyText },
        { "whitespace", " \n\t  \r\n", ErrorCodes.EmptyText },
        { "replacement character", "BADCO hired \uFFFD\uFFFD someone.", ErrorCodes.InvalidInput },
        { "NUL byte", "BADCO\0hired someone.", ErrorCodes.InvalidInput },
        { "control garbage", "BADCO \u0001\u0002\u0003 hired someone.", ErrorCodes.InvalidInput },
        { "too large (1 MiB + 1 byte)", new string('a', 1_048_577), ErrorCodes.TextTooLarge },
        { "too large in UTF-8 bytes", new string('ü', 600_000), ErrorCodes.TextTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_text_is_rejected_with_its_code_and_nothing_is_written(string label, string text, string code)
    {
        var id = "bad-new-" + label.Replace(' ', '-');
        var before = await StoreSnapshot.TakeAsync(fixture.Store, id);

        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IDocumentGrain>(id).IngestAsync(new DocumentInput(id, text, "en")));

        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        var after = await StoreSnapshot.TakeAsync(fixture.Store, id);
        after.AssertSameAs(before);
        Assert.Null(after.Document);
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_text_for_a_stored_document_leaves_the_stored_version_intact(string label, string text, string code)
    {
        var id = "bad-existing-" + label.Replace(' ', '-');
        await fixture.Grains.GetGrain<IDocumentGrain>(id).IngestAsync(new DocumentInput(id, "KEEPCO hired Walda.", "en"));
        var before = await StoreSnapshot.TakeAsync(fixture.Store, id);
        Assert.NotEmpty(before.Mentions);

        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IDocumentGrain>(id).IngestAsync(new DocumentInput(id, text, "en")));

        Assert.Equal(code, error.Code);
        (await StoreSnapshot.TakeAsync(fixture.Store, id)).AssertSameAs(before);
    }

    [Fact]
    public async Task A_document_sent_to_another_ids_grain_is_invalid_input()
    {
        var before = await fixture.Store.GetStatisticsAsync();

        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IDocumentGrain>("grain-a").IngestAsync(new DocumentInput("grain-b", "MISCO hired Olga.", "en")));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Contains("grain-b", error.Message);
        Assert.Equal(before, await fixture.Store.GetStatisticsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_document_id_is_invalid_input(string id)
    {
        var before = await fixture.Store.GetStatisticsAsync();

        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IDocumentGrain>("empty-id").IngestAsync(new DocumentInput(id, "MISCO hired Olga.", "en")));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Equal(before, await fixture.Store.GetStatisticsAsync());
    }

    [Theory]
    [InlineData("english!")]
    [InlineData("e")]
    [InlineData("en_US_toolongsubtag")]
    public async Task A_malformed_language_code_is_invalid_input(string language)
    {
        var error = await Assert.ThrowsAsync<EntityGraphException>(
            () => fixture.Grains.GetGrain<IDocumentGrain>("bad-language").IngestAsync(new DocumentInput("bad-language", "MISCO hired Olga.", language)));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Null(await fixture.Store.GetContentHashAsync("bad-language"));
    }

    [Fact]
    public async Task Extraction_rejects_bad_text_with_the_same_codes()
    {
        var extraction = fixture.Grains.GetGrain<IExtractionGrain>(0);

        Assert.Equal(ErrorCodes.EmptyText, (await Assert.ThrowsAsync<EntityGraphException>(() => extraction.ExtractAsync("  ", null, ExtractionAccuracy.Best))).Code);
        Assert.Equal(ErrorCodes.InvalidInput, (await Assert.ThrowsAsync<EntityGraphException>(() => extraction.ExtractAsync("x\0y", null, ExtractionAccuracy.Best))).Code);
        Assert.Equal(ErrorCodes.TextTooLarge, (await Assert.ThrowsAsync<EntityGraphException>(() => extraction.ExtractAsync(new string('b', 1_048_577), null, ExtractionAccuracy.Fast))).Code);
    }

    [Fact]
    public async Task Reading_unknown_ids_from_the_store_finds_nothing()
    {
        Assert.Null(await fixture.Store.GetContentHashAsync("never-ingested"));
        Assert.Empty(await fixture.Store.GetDocumentsAsync(["never-ingested"]));
        Assert.Empty(await fixture.Store.GetEntitiesAsync(["e_doesnotexist"]));
    }
}
