using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class RelatedContentTests(SampleGraphFixture fixture)
{
    private const string RelatedDocuments = """
        query Related($id: ID!, $first: Int) {
          relatedDocuments(documentId: $id, first: $first) { score document { id } sharedEntities { id } }
        }
        """;

    private const string RelatedEntities = """
        query Related($id: ID!, $first: Int) {
          relatedEntities(entityId: $id, first: $first) { score coOccurrenceCount entity { id } }
        }
        """;

    [Fact]
    public async Task A_shared_rare_entity_ranks_above_a_shared_common_one()
    {
        // doc-fr-1 shares BMW (in 2 documents) with doc-en-1 and Berlin (in 3 documents) with doc-en-2 and doc-ru-1.
        var data = await fixture.Client.QueryAsync(RelatedDocuments, new { id = "doc-fr-1" });

        var related = data.GetProperty("relatedDocuments");
        JsonAssert.Equivalent("""
            [ { "document": { "id": "doc-en-1" }, "sharedEntities": [ { "id": "org-bmw" } ] },
              { "document": { "id": "doc-en-2" }, "sharedEntities": [ { "id": "loc-berlin" } ] },
              { "document": { "id": "doc-ru-1" }, "sharedEntities": [ { "id": "loc-berlin" } ] } ]
            """, WithoutScores(related));
        var scores = Scores(related);
        Assert.True(scores[0] > scores[1], $"BMW ({scores[0]}) must outrank Berlin ({scores[1]}).");
        Assert.Equal(scores[1], scores[2], 12);
        Assert.All(scores, score => Assert.True(score > 0));
    }

    [Fact]
    public async Task Related_documents_list_the_shared_entities_rarest_first()
    {
        var data = await fixture.Client.QueryAsync(RelatedDocuments, new { id = "doc-en-1" });

        var related = data.GetProperty("relatedDocuments");
        JsonAssert.Equivalent("""
            [ { "document": { "id": "doc-de-1" }, "sharedEntities": [ { "id": "org-siemens" }, { "id": "loc-munich" }, { "id": "loc-germany" } ] },
              { "document": { "id": "doc-ru-1" }, "sharedEntities": [ { "id": "loc-munich" }, { "id": "loc-germany" } ] },
              { "document": { "id": "doc-fr-1" }, "sharedEntities": [ { "id": "org-bmw" } ] },
              { "document": { "id": "doc-en-2" }, "sharedEntities": [ { "id": "loc-germany" } ] } ]
            """, WithoutScores(related));
        var scores = Scores(related);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(scores.Length, scores.Distinct().Count());
    }

    [Fact]
    public async Task First_limits_related_documents()
    {
        var data = await fixture.Client.QueryAsync(RelatedDocuments, new { id = "doc-en-1", first = 2 });

        JsonAssert.Equivalent("""[ { "id": "doc-de-1" }, { "id": "doc-ru-1" } ]""", Documents(data.GetProperty("relatedDocuments")));
    }

    [Fact]
    public async Task Related_entities_rank_by_association_not_by_raw_co_occurrence()
    {
        // Munich meets Germany in 3 documents but Germany is everywhere; Siemens appears only twice, both times with Munich.
        var data = await fixture.Client.QueryAsync(RelatedEntities, new { id = "loc-munich" });

        var related = data.GetProperty("relatedEntities");
        JsonAssert.Equivalent("""
            [ { "entity": { "id": "org-siemens" }, "coOccurrenceCount": 2 },
              { "entity": { "id": "loc-germany" }, "coOccurrenceCount": 3 },
              { "entity": { "id": "per-merkel" }, "coOccurrenceCount": 2 },
              { "entity": { "id": "org-bmw" }, "coOccurrenceCount": 1 },
              { "entity": { "id": "loc-berlin" }, "coOccurrenceCount": 1 } ]
            """, WithoutScores(related));
        var scores = Scores(related);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, score => Assert.InRange(score, -1.0, 1.0));
    }

    [Fact]
    public async Task Entity_and_document_fields_give_the_same_related_lists()
    {
        var data = await fixture.Client.QueryAsync("""
            { entity(id: "loc-munich") { relatedEntities(first: 2) { coOccurrenceCount entity { id } } }
              document(id: "doc-fr-1") { relatedDocuments(first: 1) { document { id } sharedEntities { canonicalName } } } }
            """);

        JsonAssert.Equivalent("""
            { "entity": { "relatedEntities": [
                { "coOccurrenceCount": 2, "entity": { "id": "org-siemens" } },
                { "coOccurrenceCount": 3, "entity": { "id": "loc-germany" } } ] },
              "document": { "relatedDocuments": [ { "document": { "id": "doc-en-1" }, "sharedEntities": [ { "canonicalName": "BMW" } ] } ] } }
            """, data);
    }

    [Fact]
    public async Task A_document_sharing_no_entity_has_no_related_documents()
    {
        var data = await fixture.Client.QueryAsync(RelatedDocuments, new { id = "doc-ja-1" });

        JsonAssert.Equivalent("""{ "relatedDocuments": [] }""", data);
    }

    private static double[] Scores(JsonElement list) =>
        list.EnumerateArray().Select(item => item.GetProperty("score").GetDouble()).ToArray();

    private static JsonElement WithoutScores(JsonElement list) =>
        JsonSerializer.SerializeToElement(list.EnumerateArray()
            .Select(item => item.EnumerateObject().Where(p => p.Name != "score").ToDictionary(p => p.Name, p => p.Value))
            .ToArray());

    private static JsonElement Documents(JsonElement list) =>
        JsonSerializer.SerializeToElement(list.EnumerateArray().Select(item => item.GetProperty("document")).ToArray());
}
