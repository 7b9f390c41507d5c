using System.Text;
using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Security;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>Once keys exist, redaction needs an editor key, and the original values (includeOriginal) and decrypt an admin key.</summary>
[Collection(SecuredGraphCollection.Name)]
public sealed class SecuredRedactionTests(SecuredGraphFixture fixture)
{
    private const string Redact = """
        mutation { redact(text: "mail anna@example.com", language: "en", useModels: false, includeOriginal: true) { text items { original } } }
        """;

    [Fact]
    public async Task Originals_need_the_admin_role()
    {
        var reader = await SendAsync(Redact, fixture.Keys[ApiRoles.Reader]);
        var editor = await SendAsync(Redact, fixture.Keys[ApiRoles.Editor]);
        var admin = await SendAsync(Redact, fixture.Keys[ApiRoles.Admin]);
        var withoutOriginals = await SendAsync(Redact.Replace("includeOriginal: true", "includeOriginal: false", StringComparison.Ordinal), fixture.Keys[ApiRoles.Editor]);

        Assert.Equal(["FORBIDDEN"], reader.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], editor.ErrorCodes);
        Assert.DoesNotContain("anna@example.com", editor.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(admin.Errors);
        Assert.Equal("anna@example.com", admin.Body.GetProperty("data").GetProperty("redact").GetProperty("items")[0].GetProperty("original").GetString());
        Assert.Empty(withoutOriginals.Errors);
        Assert.Equal("mail <EMAIL>", withoutOriginals.Body.GetProperty("data").GetProperty("redact").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Decrypt_needs_the_admin_role()
    {
        const string Decrypt = """mutation { decrypt(text: "nothing to decrypt") }""";

        var editor = await SendAsync(Decrypt, fixture.Keys[ApiRoles.Editor]);
        var admin = await SendAsync(Decrypt, fixture.Keys[ApiRoles.Admin]);

        Assert.Equal(["FORBIDDEN"], editor.ErrorCodes);
        Assert.Equal("nothing to decrypt", admin.Body.GetProperty("data").GetProperty("decrypt").GetString());
    }

    private async Task<GraphQLResponse> SendAsync(string query, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {key}");
        using var response = await fixture.Client.Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
