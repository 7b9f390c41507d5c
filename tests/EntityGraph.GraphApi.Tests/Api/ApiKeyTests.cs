using System.Net;
using System.Text;
using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Security;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>API keys over real HTTP on a store that holds keys: who may run which operation, and that refusals change nothing.</summary>
[Collection(SecuredGraphCollection.Name)]
public sealed class ApiKeyTests(SecuredGraphFixture fixture)
{
    private const string Tag = """mutation { tagDocument(documentId: "doc-en-1", tag: "secret-review") { id } }""";
    private const string Statistics = "{ statistics { entities documents mentions aliases } }";

    [Fact]
    public async Task Every_mutation_in_the_schema_refuses_a_missing_invalid_revoked_or_reader_key()
    {
        var introspection = await fixture.Client.QueryAsync("{ __schema { mutationType { fields { name } } } }");
        var mutations = introspection.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray()
            .Select(field => field.GetProperty("name").GetString()!).ToList();
        var before = (await fixture.Client.QueryAsync(Statistics)).GetRawText();

        Assert.Contains("ingestDocument", mutations);
        Assert.Contains("mergeEntities", mutations);
        foreach (var mutation in mutations)
        {
            var query = $"mutation {{ {mutation} }}";
            var anonymous = await SendAsync(query, key: null);
            var invalid = await SendAsync(query, "egk_aaaaaaaaaaaa_not-a-real-secret");
            var revoked = await SendAsync(query, fixture.RevokedKey);
            var reader = await SendAsync(query, fixture.Keys[ApiRoles.Reader]);

            Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, anonymous.ErrorCodes.Single()));
            Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (invalid.Status, invalid.ErrorCodes.Single()));
            Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (revoked.Status, revoked.ErrorCodes.Single()));
            Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (reader.Status, reader.ErrorCodes.Single()));
        }

        Assert.Equal(before, (await fixture.Client.QueryAsync(Statistics)).GetRawText());
    }

    [Fact]
    public async Task A_role_below_the_field_is_forbidden_and_changes_nothing_while_the_right_role_succeeds()
    {
        var ingest = """mutation { ingestDocument(input: { id: "secured-1", text: "ACME hired Anna in Berlin.", language: "en" }) { outcome } }""";

        var byReviewer = await SendAsync(ingest, fixture.Keys[ApiRoles.Reviewer]);
        var missing = await fixture.Client.PostAsync("""{ document(id: "secured-1") { id } }""");
        var tagByReader = await SendAsync(Tag, fixture.Keys[ApiRoles.Reader]);
        var tagsAfterRefusal = await fixture.Client.QueryAsync("""{ document(id: "doc-en-1") { tags { name } } }""");
        var tagByReviewer = await SendAsync(Tag, fixture.Keys[ApiRoles.Reviewer], header: "X-Api-Key");
        var byEditor = await SendAsync(ingest, fixture.Keys[ApiRoles.Editor]);

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.Status);
        Assert.Contains("'ingestDocument' needs the editor role; the key 'reviewer-key' has the reviewer role", byReviewer.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
        Assert.Equal(HttpStatusCode.Forbidden, tagByReader.Status);
        Assert.DoesNotContain("secret-review", tagsAfterRefusal.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, 0), (tagByReviewer.Status, tagByReviewer.Errors.Count));
        Assert.Equal((HttpStatusCode.OK, 0), (byEditor.Status, byEditor.Errors.Count));
    }

    [Fact]
    public async Task Queries_stay_open_but_a_bad_key_is_refused_and_the_cluster_needs_admin()
    {
        var open = await SendAsync(Statistics, key: null);
        var badKey = await SendAsync(Statistics, "egk_aaaaaaaaaaaa_wrong");
        var clusterByEditor = await SendAsync("{ cluster { name } }", fixture.Keys[ApiRoles.Editor]);
        var clusterByAdmin = await SendAsync("{ cluster { name } }", fixture.Keys[ApiRoles.Admin]);

        Assert.Equal((HttpStatusCode.OK, 0), (open.Status, open.Errors.Count));
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.Status);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (clusterByEditor.Status, clusterByEditor.ErrorCodes.Single()));
        Assert.Equal((HttpStatusCode.OK, 0), (clusterByAdmin.Status, clusterByAdmin.Errors.Count));
    }

    [Fact]
    public async Task The_keys_name_is_the_actor_of_the_link_decisions_its_ingest_and_curation_made()
    {
        var ingest = await SendAsync("""mutation { ingestDocument(input: { id: "secured-actor", text: "Zephyr Lumen visited Quillmore.", language: "en", mentions: [{ start: 0, end: 12, type: "PER" }] }) { outcome entities { entityId } } }""", fixture.Keys[ApiRoles.Editor]);
        var entityId = Assert.Single(ingest.Data.GetProperty("ingestDocument").GetProperty("entities").EnumerateArray()).GetProperty("entityId").GetString();
        var alias = await SendAsync($$"""mutation { addAlias(entityId: "{{entityId}}", name: "Z. Lumen", language: "en") { id } }""", fixture.Keys[ApiRoles.Admin]);

        var decisions = await fixture.Client.QueryAsync($$"""{ linkDecisions(entityId: "{{entityId}}", first: 10) { edges { node { kind actor document { id } } } } }""");

        Assert.Equal((0, 0), (ingest.Errors.Count, alias.Errors.Count));
        var nodes = decisions.GetProperty("linkDecisions").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node")).ToList();
        Assert.Equal(["admin-key"], nodes.Where(n => n.GetProperty("kind").GetString() == "alias-added").Select(n => n.GetProperty("actor").GetString()));
        var fromIngest = nodes.Where(n => n.GetProperty("document").ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(fromIngest);
        Assert.All(fromIngest, n => Assert.Equal("editor-key", n.GetProperty("actor").GetString()));
    }

    private async Task<GraphQLResponse> SendAsync(string query, string? key, string header = "Authorization")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(header, header == "Authorization" ? $"Bearer {key}" : key);
        }

        using var response = await fixture.Client.Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
