using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>An API host without Orleans: every mutation that needs the grains (ingest, extract, tags) is refused cleanly.</summary>
[Collection(SampleGraphCollection.Name)]
public sealed class NoSiloTests(SampleGraphFixture fixture)
{
    [Theory]
    [InlineData("""mutation { ingestDocument(input: { id: "new-doc", text: "Siemens opened an office in Munich." }) { outcome } }""")]
    [InlineData("""mutation { extract(text: "Siemens opened an office in Munich.") { language } }""")]
    [InlineData("""mutation { tagDocument(documentId: "new-doc", tag: "x") { id } }""")]
    public async Task Without_an_orleans_silo_pipeline_mutations_are_SERVICE_UNAVAILABLE_and_store_nothing(string mutation)
    {
        var response = await fixture.Client.PostAsync(mutation);
        var lookup = await fixture.Client.PostAsync("""{ document(id: "new-doc") { id } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["SERVICE_UNAVAILABLE"], response.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], lookup.ErrorCodes);
    }

    [Fact]
    public async Task Without_an_orleans_silo_a_documents_language_parts_are_SERVICE_UNAVAILABLE_and_its_other_fields_still_answer()
    {
        var parts = await fixture.Client.PostAsync("{ documents(first: 1) { nodes { id languageParts { language } } } }");
        var plain = await fixture.Client.PostAsync("{ documents(first: 1) { nodes { id language } } }");

        Assert.Equal(HttpStatusCode.OK, parts.Status);
        Assert.Equal(["SERVICE_UNAVAILABLE"], parts.ErrorCodes);
        Assert.Empty(plain.ErrorCodes);
    }
}
