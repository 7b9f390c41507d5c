using System.Net;
using EntityGraph.GraphApi.Execution;
using EntityGraph.GraphApi.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.GraphApi.Tests.Api;

public sealed class LoadSheddingTests(OneExtractionFixture fixture) : IClassFixture<OneExtractionFixture>
{
    private const string Extract = """mutation { extract(text: "ACME hired Anna.", language: "en") { entities { text } } }""";

    [Fact]
    public async Task With_every_slot_and_queue_place_taken_an_extraction_is_shed_as_OVERLOADED_and_runs_once_a_slot_frees()
    {
        var gate = fixture.Services.GetRequiredService<ExtractionGate>();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(() => release.Task);

        var shed = await fixture.Client.PostAsync(Extract);
        release.SetResult(0);
        await holder;
        var served = await fixture.Client.PostAsync(Extract);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.Status);
        Assert.Equal(["OVERLOADED"], shed.ErrorCodes);
        Assert.True(shed.Errors[0].GetProperty("extensions").GetProperty("retryable").GetBoolean());
        Assert.Equal((HttpStatusCode.OK, 0), (served.Status, served.Errors.Count));
        Assert.Equal(0, gate.Admitted);
    }
}
