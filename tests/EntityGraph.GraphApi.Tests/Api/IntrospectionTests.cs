using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class IntrospectionTests(SampleGraphFixture fixture)
{
    /// <summary>The introspection query GraphQL IDEs send (13 levels deep).</summary>
    private const string StandardIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_standard_introspection_query_passes_the_depth_and_complexity_limits()
    {
        var response = await fixture.Client.PostAsync(StandardIntrospectionQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var schema = response.Data.GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        var typeNames = schema.GetProperty("types").EnumerateArray().Select(type => type.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "Entity", "Alias", "Document", "DocumentOrigin", "MetadataEntry", "Mention", "TextSegment", "Tag", "EntityConnection", "EntityEdge", "DocumentConnection", "DocumentEdge", "PageInfo", "RelatedDocument", "RelatedEntity", "IngestDocumentInput", "IngestDocumentPayload", "ExtractionResult", "Accuracy" },
            typeNames);
    }

    [Fact]
    public async Task The_schema_describes_the_query_fields_and_their_arguments()
    {
        var data = await fixture.Client.QueryAsync("""{ __type(name: "Query") { fields { name args { name } } } }""");

        JsonAssert.Equivalent("""
            { "__type": { "fields": [
                { "name": "entity", "args": [ { "name": "id" } ] },
                { "name": "entities", "args": [ { "name": "search" }, { "name": "type" }, { "name": "language" }, { "name": "first" }, { "name": "after" } ] },
                { "name": "document", "args": [ { "name": "id" } ] },
                { "name": "documents", "args": [ { "name": "entityId" }, { "name": "tag" }, { "name": "language" }, { "name": "parentId" }, { "name": "first" }, { "name": "after" } ] },
                { "name": "relatedDocuments", "args": [ { "name": "documentId" }, { "name": "first" } ] },
                { "name": "relatedEntities", "args": [ { "name": "entityId" }, { "name": "first" } ] },
                { "name": "linkDecisions", "args": [ { "name": "kind" }, { "name": "entityId" }, { "name": "first" }, { "name": "after" } ] },
                { "name": "reviewQueue", "args": [ { "name": "language" }, { "name": "type" }, { "name": "documentId" }, { "name": "orderBy" }, { "name": "first" }, { "name": "after" } ] },
                { "name": "mention", "args": [ { "name": "id" } ] },
                { "name": "job", "args": [ { "name": "id" } ] },
                { "name": "jobs", "args": [ { "name": "state" }, { "name": "first" }, { "name": "after" } ] },
                { "name": "redactionTypes", "args": [ { "name": "useModels" } ] },
                { "name": "statistics", "args": [] },
                { "name": "models", "args": [] },
                { "name": "modelHealth", "args": [ { "name": "model" }, { "name": "language" } ] },
                { "name": "cluster", "args": [] } ] } }
            """, data);
    }

    [Fact]
    public async Task Review_order_and_mention_status_are_enums_with_the_issue_s_names()
    {
        var order = await fixture.Client.QueryAsync("""{ __type(name: "ReviewOrder") { kind enumValues { name } } }""");
        var status = await fixture.Client.QueryAsync("""{ __type(name: "MentionStatus") { kind enumValues { name } } }""");

        JsonAssert.Equivalent("""{ "__type": { "kind": "ENUM", "enumValues": [ { "name": "UNCERTAINTY" }, { "name": "OLDEST" } ] } }""", order);
        JsonAssert.Equivalent("""
            { "__type": { "kind": "ENUM", "enumValues": [ { "name": "ACCEPTED" }, { "name": "IN_REVIEW" }, { "name": "REJECTED" }, { "name": "CORRECTED" }, { "name": "ADDED" } ] } }
            """, status);
    }

    [Fact]
    public async Task Accuracy_is_an_enum_of_BEST_and_FAST()
    {
        var data = await fixture.Client.QueryAsync("""{ __type(name: "Accuracy") { kind enumValues { name } } }""");

        JsonAssert.Equivalent("""{ "__type": { "kind": "ENUM", "enumValues": [ { "name": "BEST" }, { "name": "FAST" } ] } }""", data);
    }
}
