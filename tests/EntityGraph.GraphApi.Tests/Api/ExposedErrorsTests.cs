using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(BrokenStoreCollection.Name)]
public sealed class ExposedErrorsTests(ExposedErrorsFixture fixture)
{
    [Fact]
    public async Task With_ExposeExceptions_the_error_carries_the_exception_message_and_details()
    {
        var response = await fixture.Client.PostAsync("""{ entity(id: "loc-munich") { id } }""");

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.NotEqual("Internal server error.", response.Errors[0].GetProperty("message").GetString());
        Assert.True(response.Errors[0].GetProperty("extensions").TryGetProperty("details", out var details));
        Assert.Contains("GraphStoreException", details.GetString());
    }
}
