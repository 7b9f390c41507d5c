using System.Net.Http.Json;
using System.Text.Json;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>GraphQL over HTTP for test set-up and checks, beside what the browser does.</summary>
public sealed class GraphQLClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Runs a GraphQL request and returns its data; fails the test on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.GetRawText()}");
        }

        return body.GetProperty("data");
    }

    public void Dispose() => _http.Dispose();
}
