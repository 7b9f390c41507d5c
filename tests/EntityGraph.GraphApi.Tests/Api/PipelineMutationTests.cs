using System.Net;
using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// ingestDocument and extract through the real grains and NER runtime. The tiny test model tags ALL-CAPS words ORG and
/// Title-case words PER, so "ACME hired Anna." holds ORG "ACME" [0,4) and PER "Anna" [11,15).
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class PipelineMutationTests(PipelineGraphFixture fixture)
{
    private const string Ingest = """
        mutation Ingest($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            outcome documentId language usedFallback
            entities { start end text type modelId entityId }
            document {
              id title source language
              tags { name manual }
              entities { id type canonicalName }
              mentions { start end text type entity { id } }
            }
          }
        }
        """;

    private const string Extract = """
        mutation Extract($text: String!, $language: String, $accuracy: Accuracy) {
          extract(text: $text, language: $language, accuracy: $accuracy) {
            language usedFallback
            parts { start end language modelId usedFallback }
            entities { start end text type modelId entityId }
          }
        }
        """;

    [Fact]
    public async Task Ingest_stores_the_document_and_returns_it_with_its_linked_entities()
    {
        var data = await fixture.Client.QueryAsync(Ingest, new
        {
            input = new { id = "acme-1", text = "ACME hired Anna.", language = "en", title = " Hiring ", source = "unit-test", tags = new[] { "news" } },
        });

        var payload = data.GetProperty("ingestDocument");
        JsonAssert.Equivalent("""
            { "outcome": "CREATED", "documentId": "acme-1", "language": "en", "usedFallback": false }
            """, Pick(payload, "outcome", "documentId", "language", "usedFallback"));
        JsonAssert.Equivalent("""
            [ { "start": 0, "end": 4, "text": "ACME", "type": "ORG", "modelId": "tiny-casing" },
              { "start": 11, "end": 15, "text": "Anna", "type": "PER", "modelId": "tiny-casing" } ]
            """, WithoutProperty(payload.GetProperty("entities"), "entityId"));

        var document = payload.GetProperty("document");
        JsonAssert.Equivalent("""
            { "id": "acme-1", "title": "Hiring", "source": "unit-test", "language": "en" }
            """, Pick(document, "id", "title", "source", "language"));
        JsonAssert.Equivalent("""
            [ { "type": "ORG", "canonicalName": "ACME" }, { "type": "PER", "canonicalName": "Anna" } ]
            """, WithoutProperty(document.GetProperty("entities"), "id"));
        var tags = document.GetProperty("tags").EnumerateArray().ToArray();
        JsonAssert.Equivalent("""{ "name": "news", "manual": true }""", tags[0]);
        Assert.All(tags.Skip(1), tag => Assert.False(tag.GetProperty("manual").GetBoolean()));

        var extractedIds = payload.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("entityId").GetString()).ToArray();
        var storedIds = document.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        var mentionIds = document.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("entity").GetProperty("id").GetString()).ToArray();
        Assert.Equal(storedIds, extractedIds);
        Assert.Equal(storedIds, mentionIds);
        Assert.All(storedIds, id => Assert.False(string.IsNullOrEmpty(id)));
    }

    [Fact]
    public async Task Ingested_entities_are_found_by_search_and_their_documents_listed()
    {
        await fixture.Client.QueryAsync(Ingest, new { input = new { id = "acme-search", text = "ZETACORP hired Olga.", language = "en" } });

        var data = await fixture.Client.QueryAsync("""
            { entities(search: "zetacorp") { totalCount nodes { type canonicalName documents { nodes { id } } } } }
            """);

        JsonAssert.Equivalent("""
            { "entities": { "totalCount": 1, "nodes": [ { "type": "ORG", "canonicalName": "ZETACORP", "documents": { "nodes": [ { "id": "acme-search" } ] } } ] } }
            """, data);
    }

    [Fact]
    public async Task Ingest_is_idempotent_and_changed_content_replaces_the_mentions()
    {
        var input = new { id = "acme-2", text = "ACME hired Anna.", language = "en" };
        var first = await fixture.Client.QueryAsync(Ingest, new { input });
        var again = await fixture.Client.QueryAsync(Ingest, new { input });
        var changed = await fixture.Client.QueryAsync(Ingest, new { input = new { id = "acme-2", text = "Anna left ACME for QUIXOTE.", language = "en" } });

        Assert.Equal("CREATED", first.GetProperty("ingestDocument").GetProperty("outcome").GetString());
        Assert.Equal("UNCHANGED", again.GetProperty("ingestDocument").GetProperty("outcome").GetString());
        var updated = changed.GetProperty("ingestDocument");
        Assert.Equal("UPDATED", updated.GetProperty("outcome").GetString());
        JsonAssert.Equivalent("""
            [ { "start": 0, "end": 4, "text": "Anna", "type": "PER" },
              { "start": 10, "end": 14, "text": "ACME", "type": "ORG" },
              { "start": 19, "end": 26, "text": "QUIXOTE", "type": "ORG" } ]
            """, WithoutProperty(updated.GetProperty("document").GetProperty("mentions"), "entity"));
    }

    [Fact]
    public async Task Extract_finds_entities_and_stores_nothing()
    {
        var before = await fixture.Client.QueryAsync("{ statistics { documents mentions entities } }");

        var data = await fixture.Client.QueryAsync(Extract, new { text = "ACME hired Anna.", language = "en" });
        var after = await fixture.Client.QueryAsync("{ statistics { documents mentions entities } }");

        JsonAssert.Equivalent("""
            { "extract": {
                "language": "en", "usedFallback": false,
                "parts": [ { "start": 0, "end": 16, "language": "en", "modelId": "tiny-casing", "usedFallback": false } ],
                "entities": [
                  { "start": 0, "end": 4, "text": "ACME", "type": "ORG", "modelId": "tiny-casing", "entityId": null },
                  { "start": 11, "end": 15, "text": "Anna", "type": "PER", "modelId": "tiny-casing", "entityId": null } ] } }
            """, data);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task A_language_without_its_own_model_is_served_by_the_fallback_and_flagged()
    {
        var data = await fixture.Client.QueryAsync(Extract, new { text = "ACME hired Anna.", language = "de", accuracy = "FAST" });

        var result = data.GetProperty("extract");
        Assert.True(result.GetProperty("usedFallback").GetBoolean());
        Assert.All(result.GetProperty("parts").EnumerateArray(), part => Assert.True(part.GetProperty("usedFallback").GetBoolean()));
        Assert.Equal(["ACME", "Anna"], result.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }

    public static TheoryData<string, string> BadTexts => new()
    {
        { "   ", "EMPTY_TEXT" },
        { new string('a', PipelineGraphFixture.MaxTextBytesLimit + 1), "TEXT_TOO_LARGE" },
        { "binary\u0000data", "INVALID_INPUT" },
        { "broken \uD800 surrogate", "INVALID_INPUT" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_texts_get_their_code_and_leave_the_store_as_it_was(string text, string code)
    {
        var before = await fixture.Client.QueryAsync("{ statistics { documents mentions entities aliases } }");

        var ingest = await fixture.Client.PostAsync(Ingest, new { input = new { id = "bad-text", text, language = "en" } });
        var extract = await fixture.Client.PostAsync(Extract, new { text });
        var lookup = await fixture.Client.PostAsync("""{ document(id: "bad-text") { id } }""");
        var after = await fixture.Client.QueryAsync("{ statistics { documents mentions entities aliases } }");

        Assert.Equal(HttpStatusCode.OK, ingest.Status);
        Assert.Equal([code], ingest.ErrorCodes);
        Assert.Equal([code], extract.ErrorCodes);
        JsonAssert.Equivalent("""["ingestDocument"]""", ingest.Errors[0].GetProperty("path"));
        Assert.Equal(["NOT_FOUND"], lookup.ErrorCodes);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Theory]
    [InlineData("""{ "id": "lang-bad", "text": "ACME hired Anna.", "language": "not a language" }""")]
    [InlineData("""{ "id": " padded", "text": "ACME hired Anna." }""")]
    [InlineData("""{ "id": "tags-bad", "text": "ACME hired Anna.", "tags": ["ok", "   "] }""")]
    [InlineData("""{ "id": "   ", "text": "ACME hired Anna." }""")]
    public async Task Bad_document_inputs_are_INVALID_INPUT(string input)
    {
        var response = await fixture.Client.PostAsync(Ingest, new { input = JsonDocument.Parse(input).RootElement });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_sent_as_text_reaches_the_pipeline_too()
    {
        var response = await fixture.Client.PostAsync("""
            mutation { ingestDocument(input: { id: "inline-1", text: "KAPPA met Lena.", language: "en", accuracy: FAST }) { outcome document { entities { canonicalName } } } }
            """);

        JsonAssert.Equivalent("""
            { "data": { "ingestDocument": { "outcome": "CREATED", "document": { "entities": [ { "canonicalName": "KAPPA" }, { "canonicalName": "Lena" } ] } } } }
            """, response.Body);
    }

    private static JsonElement Pick(JsonElement element, params string[] names) =>
        JsonSerializer.SerializeToElement(names.ToDictionary(name => name, name => element.GetProperty(name)));

    private static JsonElement WithoutProperty(JsonElement list, string name) =>
        JsonSerializer.SerializeToElement(list.EnumerateArray()
            .Select(item => item.EnumerateObject().Where(p => p.Name != name).ToDictionary(p => p.Name, p => p.Value))
            .ToArray());
}
