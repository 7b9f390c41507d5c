using System.Net;
using System.Text.Json;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>An HTTP answer of the GraphQL endpoint, parsed.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToArray() : [];

    /// <summary>The extensions.code of every error, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Errors.Select(error => error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null).ToArray();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} answered with a body that is not JSON: {text}", exception);
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public override string ToString() => $"HTTP {(int)Status}: {Body.GetRawText()}";
}
