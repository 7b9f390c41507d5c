using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// activateModel and rollbackModel over real HTTP while extractions run: no request fails or mixes two models, the domain's
/// new types come from extract(..., domain) at once, other domains and the general route keep the shipped model.
/// </summary>
public sealed class ModelActivationTests(VersionedModelsFixture fixture) : IClassFixture<VersionedModelsFixture>
{
    private const string Extract = """
        mutation($domain: String) { extract(text: "ACME hired Anna", language: "en", domain: $domain) { parts { modelId } entities { type modelId } } }
        """;

    private const string Activate = """
        mutation { activateModel(language: "en", tier: "best", version: "v1", domain: "politics") { id version domain routes } }
        """;

    [Fact]
    public async Task Activation_and_rollback_switch_a_domain_while_requests_are_in_flight()
    {
        Assert.Equal(["ORG", "PER"], await TypesAsync("politics"));

        var inFlight = Enumerable.Range(0, 60).Select(_ => fixture.Client.PostAsync(Extract, new { domain = "politics" })).ToList();
        var activated = await fixture.Client.QueryAsync(Activate);
        var responses = await Task.WhenAll(inFlight);

        Assert.All(responses, response => Assert.Empty(response.Errors));
        var served = responses.Select(r => string.Join(",", r.Data.GetProperty("extract").GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()))).ToList();
        Assert.All(served, types => Assert.Contains(types, new[] { "ORG,PER", "party,politician" }));
        var version = activated.GetProperty("activateModel").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "en-best-politics-v1");
        JsonAssert.Equivalent("""{ "id": "en-best-politics-v1", "version": "v1", "domain": "politics", "routes": [ "en:best:politics" ] }""", version);
        Assert.Equal(["party", "politician"], await TypesAsync("politics"));
        Assert.Equal(["ORG", "PER"], await TypesAsync(null));
        Assert.Equal(["ORG", "PER"], await TypesAsync("sports"));

        var during = Enumerable.Range(0, 60).Select(_ => fixture.Client.PostAsync(Extract, new { domain = "politics" })).ToList();
        await fixture.Client.QueryAsync("""mutation { rollbackModel(language: "en", tier: "best", domain: "politics") { id } }""");
        Assert.All(await Task.WhenAll(during), response => Assert.Empty(response.Errors));
        Assert.Equal(["ORG", "PER"], await TypesAsync("politics"));

        await fixture.Client.QueryAsync(Activate);
        var ingested = await fixture.Client.QueryAsync(
            """mutation { ingestDocument(input: { id: "politics-1", text: "ACME hired Anna", language: "en", domain: "politics" }) { document { domain mentions { type modelId } } } }""");
        JsonAssert.Equivalent(
            """{ "ingestDocument": { "document": { "domain": "politics", "mentions": [ { "type": "party", "modelId": "en-best-politics-v1" }, { "type": "politician", "modelId": "en-best-politics-v1" } ] } } }""",
            ingested);
        await fixture.Client.QueryAsync("""mutation { rollbackModel(language: "en", tier: "best", domain: "politics") { id } }""");
    }

    [Fact]
    public async Task Bad_activations_are_refused_with_clear_codes()
    {
        Assert.Equal(["NOT_FOUND"], (await fixture.Client.PostAsync("""mutation { activateModel(language: "en", tier: "best", version: "v7", domain: "politics") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], (await fixture.Client.PostAsync("""mutation { activateModel(language: "en", tier: "quick", version: "v1") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], (await fixture.Client.PostAsync("""mutation { activateModel(language: "en", tier: "best", version: "v1", domain: "Politics!") { id } }""")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await fixture.Client.PostAsync("""mutation { rollbackModel(language: "de", tier: "fast") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], (await fixture.Client.PostAsync("""mutation { extract(text: "ACME hired Anna", language: "en", domain: "no spaces") { language } }""")).ErrorCodes);
    }

    private async Task<string[]> TypesAsync(string? domain)
    {
        var data = await fixture.Client.QueryAsync(Extract, new { domain });
        return [.. data.GetProperty("extract").GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString() ?? "")];
    }
}
