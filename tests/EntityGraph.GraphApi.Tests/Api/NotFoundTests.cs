using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class NotFoundTests(SampleGraphFixture fixture)
{
    [Theory]
    [InlineData("""{ entity(id: "no-such-id") { id } }""", "entity")]
    [InlineData("""{ document(id: "no-such-id") { id } }""", "document")]
    [InlineData("""{ relatedDocuments(documentId: "no-such-id") { score } }""", "relatedDocuments")]
    [InlineData("""{ relatedEntities(entityId: "no-such-id") { score } }""", "relatedEntities")]
    public async Task Unknown_ids_give_null_and_a_NOT_FOUND_error_at_the_field(string query, string field)
    {
        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("no-such-id", response.Errors[0].GetProperty("message").GetString());
        JsonAssert.Equivalent($$"""["{{field}}"]""", response.Errors[0].GetProperty("path"));
        JsonAssert.Equivalent($$"""{ "{{field}}": null }""", response.Data);
    }

    [Fact]
    public async Task One_unknown_id_does_not_spoil_the_other_fields()
    {
        var response = await fixture.Client.PostAsync("""
            { known: entity(id: "org-bmw") { canonicalName } unknown: entity(id: "ghost") { canonicalName } }
            """);

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        JsonAssert.Equivalent("""["unknown"]""", response.Errors[0].GetProperty("path"));
        JsonAssert.Equivalent("""{ "known": { "canonicalName": "BMW" }, "unknown": null }""", response.Data);
    }
}
