using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(MutableGraphCollection.Name)]
public sealed class ModelQueryTests(MutableGraphFixture fixture)
{
    [Fact]
    public async Task Models_lists_the_manifest_with_the_routes_each_model_serves_and_whether_it_is_loaded()
    {
        await fixture.Client.QueryAsync("""mutation { extract(text: "ACME hired Anna.", language: "en") { entities { text } } }""");

        var data = await fixture.Client.QueryAsync("{ models { id version languages tier routes fallback sizeBytes devScores { devSet f1 } calibratedOn loaded } }");

        JsonAssert.Equivalent(
            """
            { "models": [ {
              "id": "tiny-casing", "version": "shipped", "languages": ["en"], "tier": "best", "routes": ["en:best", "en:fast"],
              "fallback": true, "sizeBytes": 0, "devScores": [], "calibratedOn": [], "loaded": true
            } ] }
            """,
            data);
    }
}
