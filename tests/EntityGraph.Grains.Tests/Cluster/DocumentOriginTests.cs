using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Cluster;

/// <summary>
/// A document's origin through the document grain (serialized between the cluster's client and silos, metadata in an
/// ordinal dictionary as the readers make it): stored with it, part of the content hash, validated.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DocumentOriginTests(ClusterFixture fixture)
{
    private static readonly DocumentOriginInput Pdf = new(
        "/data/inbox/minutes.eml",
        "pdf",
        "attachment-1/minutes.pdf",
        "minutes.eml",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["pages"] = "2", ["pageStarts"] = "0,22", ["author"] = "Alice Example" });

    private Task<IngestResult> IngestAsync(DocumentInput input) =>
        fixture.Grains.GetGrain<IDocumentGrain>(input.Id).IngestAsync(input);

    [Fact]
    public async Task The_origin_is_stored_and_a_new_origin_of_the_same_text_is_a_new_version()
    {
        var input = new DocumentInput("origin-1#attachment-1/minutes.pdf", "ORVANTA hired Gunnhild.\n\nPage two.", "en", Origin: Pdf);

        Assert.Equal("Created", (await IngestAsync(input)).Outcome);
        Assert.Equal("Unchanged", (await IngestAsync(input with { Origin = Pdf with { Metadata = new Dictionary<string, string>(Pdf.Metadata!) } })).Outcome);

        var stored = (await fixture.Store.GetDocumentsAsync([input.Id]))[input.Id].Origin!;
        Assert.Equal(("/data/inbox/minutes.eml", "pdf", "attachment-1/minutes.pdf", "minutes.eml", 2), (stored.Path, stored.Format, stored.Part, stored.ParentId, stored.Pages));
        Assert.Equal([0, 22], stored.PageStarts!);
        Assert.Equal("Alice Example", stored["author"]);

        Assert.Equal("Updated", (await IngestAsync(input with { Origin = Pdf with { Path = "/data/archive/minutes.eml" } })).Outcome);
        Assert.Equal("/data/archive/minutes.eml", (await fixture.Store.GetDocumentsAsync([input.Id]))[input.Id].Origin!.Path);
        Assert.Equal("Updated", (await IngestAsync(input with { Origin = null })).Outcome);
        Assert.Null((await fixture.Store.GetDocumentsAsync([input.Id]))[input.Id].Origin);
    }

    [Fact]
    public async Task An_invalid_origin_fails_the_document_with_invalid_input()
    {
        var input = new DocumentInput("origin-bad", "ORVANTA hired Gunnhild.", "en", Origin: Pdf with { Format = " " });

        var failure = await Assert.ThrowsAsync<EntityGraphException>(() => IngestAsync(input));

        Assert.Equal(ErrorCodes.InvalidInput, failure.Code);
        Assert.Contains("origin format", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await fixture.Store.GetDocumentsAsync(["origin-bad"]));
    }
}
