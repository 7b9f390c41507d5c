using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(MutableGraphCollection.Name)]
public sealed class TagMutationTests(MutableGraphFixture fixture)
{
    private const string Tag = """
        mutation Tag($id: ID!, $tag: String!) { tagDocument(documentId: $id, tag: $tag) { id tags { name manual score } } }
        """;

    private const string Untag = """
        mutation Untag($id: ID!, $tag: String!) { untagDocument(documentId: $id, tag: $tag) { id tags { name manual } } }
        """;

    [Fact]
    public async Task Tagging_adds_a_manual_tag_that_lists_first_and_filters_documents_until_it_is_removed()
    {
        var tagged = await fixture.Client.QueryAsync(Tag, new { id = "doc-en-2", tag = "  featured  " });
        var listed = await fixture.Client.QueryAsync("""{ documents(tag: "featured") { totalCount nodes { id } } }""");
        var untagged = await fixture.Client.QueryAsync(Untag, new { id = "doc-en-2", tag = "featured" });
        var listedAfter = await fixture.Client.QueryAsync("""{ documents(tag: "featured") { totalCount } }""");

        JsonAssert.Equivalent("""
            { "tagDocument": { "id": "doc-en-2", "tags": [
                { "name": "featured", "manual": true, "score": 1 }, { "name": "politics", "manual": false, "score": 0.75 } ] } }
            """, tagged);
        JsonAssert.Equivalent("""{ "documents": { "totalCount": 1, "nodes": [ { "id": "doc-en-2" } ] } }""", listed);
        JsonAssert.Equivalent("""{ "untagDocument": { "id": "doc-en-2", "tags": [ { "name": "politics", "manual": false } ] } }""", untagged);
        JsonAssert.Equivalent("""{ "documents": { "totalCount": 0 } }""", listedAfter);
    }

    [Fact]
    public async Task Each_mutation_of_a_request_sees_what_the_ones_before_it_wrote()
    {
        var data = await fixture.Client.QueryAsync("""
            mutation { tagDocument(documentId: "doc-fr-1", tag: "same-request") { tags { name } }
                       second: untagDocument(documentId: "doc-fr-1", tag: "same-request") { tags { name } } }
            """);

        JsonAssert.Equivalent("""
            { "tagDocument": { "tags": [ { "name": "same-request" }, { "name": "cars" } ] }, "second": { "tags": [ { "name": "cars" } ] } }
            """, data);
    }

    [Fact]
    public async Task Tagging_an_unknown_document_is_NOT_FOUND()
    {
        var response = await fixture.Client.PostAsync(Tag, new { id = "ghost", tag = "x" });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        JsonAssert.Equivalent("""{ "tagDocument": null }""", response.Data);
    }

    [Theory]
    [InlineData("doc-en-1", "   ")]
    [InlineData(" ", "tag")]
    public async Task Blank_ids_and_tags_are_INVALID_INPUT_and_change_nothing(string id, string tag)
    {
        var before = await fixture.Client.QueryAsync("""{ document(id: "doc-en-1") { tags { name manual score } } }""");

        var response = await fixture.Client.PostAsync(Tag, new { id, tag });
        var after = await fixture.Client.QueryAsync("""{ document(id: "doc-en-1") { tags { name manual score } } }""");

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task An_overlong_tag_is_INVALID_INPUT()
    {
        var response = await fixture.Client.PostAsync(Tag, new { id = "doc-en-1", tag = new string('t', 101) });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }
}
