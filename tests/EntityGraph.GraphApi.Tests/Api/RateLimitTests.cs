using System.Net;
using System.Text;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

public sealed class RateLimitTests(RateLimitedFixture fixture) : IClassFixture<RateLimitedFixture>
{
    [Fact]
    public async Task Requests_over_the_budget_get_RATE_LIMITED_with_Retry_After_and_other_keys_keep_theirs()
    {
        var answers = new List<(HttpStatusCode Status, string? RetryAfter, GraphQLResponse Body)>();
        for (var i = 0; i <= RateLimitedFixture.RequestsPerMinute; i++)
        {
            answers.Add(await SendAsync(key: null));
        }

        var otherKey = await SendAsync("egk_bbbbbbbbbbbb_some-secret");

        Assert.All(answers.Take(RateLimitedFixture.RequestsPerMinute), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.Body.ErrorCodes);
        Assert.InRange(int.Parse(refused.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("at most 3 a minute", refused.Body.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherKey.Status);
    }

    private async Task<(HttpStatusCode Status, string? RetryAfter, GraphQLResponse Body)> SendAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ statistics { documents } }"}""", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        using var response = await fixture.Client.Http.SendAsync(request);
        var retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? values.First() : null;
        return (response.StatusCode, retryAfter, await GraphQLResponse.ReadAsync(response));
    }
}
