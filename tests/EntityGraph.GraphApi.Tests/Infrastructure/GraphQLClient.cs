using System.Text;
using System.Text.Json;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Sends GraphQL requests over real HTTP.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(new { query, variables, operationName });
        return await PostRawAsync(payload, "application/json", cancellationToken);
    }

    public async Task<GraphQLResponse> PostRawAsync(string body, string mediaType, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using var response = await http.PostAsync("/graphql", content, cancellationToken);
        return await GraphQLResponse.ReadAsync(response, cancellationToken);
    }

    public async Task<GraphQLResponse> GetAsync(string query, string? variables = null, CancellationToken cancellationToken = default)
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
        {
            uri += "&variables=" + Uri.EscapeDataString(variables);
        }

        using var response = await http.GetAsync(uri, cancellationToken);
        return await GraphQLResponse.ReadAsync(response, cancellationToken);
    }

    /// <summary>Posts a query that must succeed without errors and returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var response = await PostAsync(query, variables, cancellationToken: cancellationToken);
        Assert.True(response.Status == System.Net.HttpStatusCode.OK && response.Errors.Count == 0, $"Query failed: {response}");
        return response.Data;
    }
}
