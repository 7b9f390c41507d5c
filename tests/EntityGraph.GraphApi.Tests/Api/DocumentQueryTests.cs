using System.Text;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class DocumentQueryTests(SampleGraphFixture fixture)
{
    [Fact]
    public async Task Document_returns_text_tags_mentions_with_offsets_and_its_entities_in_order_of_first_mention()
    {
        var data = await fixture.Client.QueryAsync("""
            { document(id: "doc-de-1") {
                id language title source text
                tags { name manual score }
                mentions { start end text type confidence modelId language entity { id canonicalName } }
                entities { id type canonicalName } } }
            """);

        JsonAssert.Equivalent("""
            { "document": {
                "id": "doc-de-1", "language": "de", "title": "Neues Werk", "source": "https://example.test/de/1",
                "text": "Siemens eröffnet ein neues Werk in München. Angela Merkel besuchte München und Deutschland.",
                "tags": [ { "name": "industry", "manual": false, "score": 0.75 }, { "name": "munich", "manual": false, "score": 0.5 } ],
                "mentions": [
                  { "start": 0, "end": 7, "text": "Siemens", "type": "ORG", "confidence": 0.5, "modelId": "test-model", "language": "de", "entity": { "id": "org-siemens", "canonicalName": "Siemens" } },
                  { "start": 35, "end": 42, "text": "München", "type": "LOC", "confidence": 0.75, "modelId": "test-model", "language": "de", "entity": { "id": "loc-munich", "canonicalName": "Munich" } },
                  { "start": 44, "end": 57, "text": "Angela Merkel", "type": "PER", "confidence": 0.75, "modelId": "test-model", "language": "de", "entity": { "id": "per-merkel", "canonicalName": "Angela Merkel" } },
                  { "start": 67, "end": 74, "text": "München", "type": "LOC", "confidence": 0.75, "modelId": "test-model", "language": "de", "entity": { "id": "loc-munich", "canonicalName": "Munich" } },
                  { "start": 79, "end": 90, "text": "Deutschland", "type": "LOC", "confidence": 0.75, "modelId": "test-model", "language": "de", "entity": { "id": "loc-germany", "canonicalName": "Germany" } } ],
                "entities": [
                  { "id": "org-siemens", "type": "ORG", "canonicalName": "Siemens" },
                  { "id": "loc-munich", "type": "LOC", "canonicalName": "Munich" },
                  { "id": "per-merkel", "type": "PER", "canonicalName": "Angela Merkel" },
                  { "id": "loc-germany", "type": "LOC", "canonicalName": "Germany" } ] } }
            """, data);
    }

    [Fact]
    public async Task Highlights_cut_the_text_into_plain_and_entity_segments()
    {
        var data = await fixture.Client.QueryAsync("""
            { document(id: "doc-de-1") { highlights { start end text highlighted type entityId } } }
            """);

        JsonAssert.Equivalent("""
            { "document": { "highlights": [
                { "start": 0, "end": 7, "text": "Siemens", "highlighted": true, "type": "ORG", "entityId": "org-siemens" },
                { "start": 7, "end": 35, "text": " eröffnet ein neues Werk in ", "highlighted": false, "type": null, "entityId": null },
                { "start": 35, "end": 42, "text": "München", "highlighted": true, "type": "LOC", "entityId": "loc-munich" },
                { "start": 42, "end": 44, "text": ". ", "highlighted": false, "type": null, "entityId": null },
                { "start": 44, "end": 57, "text": "Angela Merkel", "highlighted": true, "type": "PER", "entityId": "per-merkel" },
                { "start": 57, "end": 67, "text": " besuchte ", "highlighted": false, "type": null, "entityId": null },
                { "start": 67, "end": 74, "text": "München", "highlighted": true, "type": "LOC", "entityId": "loc-munich" },
                { "start": 74, "end": 79, "text": " und ", "highlighted": false, "type": null, "entityId": null },
                { "start": 79, "end": 90, "text": "Deutschland", "highlighted": true, "type": "LOC", "entityId": "loc-germany" },
                { "start": 90, "end": 91, "text": ".", "highlighted": false, "type": null, "entityId": null } ] } }
            """, data);
    }

    [Fact]
    public async Task Highlight_offsets_count_utf16_code_units_like_the_stored_mentions()
    {
        var data = await fixture.Client.QueryAsync("""
            { document(id: "doc-ja-1") { highlights { start end text highlighted entity { canonicalName } } } }
            """);

        JsonAssert.Equivalent("""
            { "document": { "highlights": [
                { "start": 0, "end": 3, "text": "🚀 ", "highlighted": false, "entity": null },
                { "start": 3, "end": 5, "text": "東京", "highlighted": true, "entity": { "canonicalName": "Tokyo" } },
                { "start": 5, "end": 6, "text": "で", "highlighted": false, "entity": null },
                { "start": 6, "end": 9, "text": "トヨタ", "highlighted": true, "entity": { "canonicalName": "Toyota" } },
                { "start": 9, "end": 18, "text": "が新車を発表した。", "highlighted": false, "entity": null } ] } }
            """, data);
    }

    [Fact]
    public async Task Joined_highlight_texts_give_back_every_document_text()
    {
        var data = await fixture.Client.QueryAsync("{ documents(first: 100) { nodes { id text highlights { text } } } }");

        var documents = data.GetProperty("documents").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(SampleCorpus.Documents.Count, documents.Length);
        Assert.All(documents, document =>
        {
            var joined = new StringBuilder();
            foreach (var segment in document.GetProperty("highlights").EnumerateArray())
            {
                joined.Append(segment.GetProperty("text").GetString());
            }

            Assert.Equal(document.GetProperty("text").GetString(), joined.ToString());
        });
    }

    [Fact]
    public async Task A_document_without_title_returns_null_title()
    {
        var data = await fixture.Client.QueryAsync("""{ document(id: "doc-fr-1") { title source usedFallbackModel } }""");

        JsonAssert.Equivalent("""{ "document": { "title": null, "source": null, "usedFallbackModel": false } }""", data);
    }

    [Fact]
    public async Task UpdatedAt_is_an_iso_timestamp_that_orders_like_the_document_lists()
    {
        var data = await fixture.Client.QueryAsync("""
            { first: document(id: "doc-de-1") { updatedAt } last: document(id: "doc-ja-1") { updatedAt } }
            """);

        var first = DateTimeOffset.Parse(data.GetProperty("first").GetProperty("updatedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateTimeOffset.Parse(data.GetProperty("last").GetProperty("updatedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(first < last, $"{first:O} should be before {last:O}.");
    }
}
