using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>Document.languageParts: a stored document's text split by language, as extract splits the same text.</summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class DocumentLanguagePartsTests(PipelineGraphFixture fixture)
{
    private const string MixedText =
        "The committee met on Monday to discuss the budget for the coming year and agreed to publish the report next week.\n\n" +
        "Der Ausschuss hat sich am Montag getroffen, um den Haushalt für das kommende Jahr zu besprechen, und will den Bericht nächste Woche veröffentlichen.";

    [Fact]
    public async Task A_stored_documents_language_parts_are_the_parts_extract_finds_in_its_text()
    {
        await fixture.Client.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
            new { input = new { id = "parts-mixed", text = MixedText } });

        var stored = (await fixture.Client.QueryAsync("""{ document(id: "parts-mixed") { languageParts { start end language confidence } } }"""))
            .GetProperty("document").GetProperty("languageParts");
        var extracted = (await fixture.Client.QueryAsync("mutation($text: String!) { extract(text: $text) { parts { start end language confidence } } }", new { text = MixedText }))
            .GetProperty("extract").GetProperty("parts");

        Assert.Equal(Parts(extracted), Parts(stored));
        Assert.Equal(["en", "de"], Parts(stored).Select(part => part.Language));
        Assert.Equal(0, Parts(stored)[0].Start);
        Assert.Equal(MixedText.Length, Parts(stored)[^1].End);
    }

    [Fact]
    public async Task Language_parts_of_a_page_of_documents_come_back_for_every_document()
    {
        foreach (var (id, text) in new[] { ("parts-en", "ACME hired Anna in the spring of that year."), ("parts-mixed-2", MixedText) })
        {
            await fixture.Client.QueryAsync(
                "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
                new { input = new { id, text } });
        }

        var nodes = (await fixture.Client.QueryAsync("{ documents(first: 100) { nodes { id text languageParts { start end language } } } }"))
            .GetProperty("documents").GetProperty("nodes").EnumerateArray().ToArray();

        Assert.True(nodes.Length >= 2);
        Assert.All(nodes, node =>
        {
            var parts = Parts(node.GetProperty("languageParts"));
            Assert.NotEmpty(parts);
            Assert.True(parts.Zip(parts.Skip(1)).All(pair => pair.First.End <= pair.Second.Start), "Parts must be in text order without overlap.");
            Assert.InRange(parts[^1].End, 1, node.GetProperty("text").GetString()!.Length);
        });
    }

    private static List<(int Start, int End, string Language, double Confidence)> Parts(JsonElement parts) =>
    [
        .. parts.EnumerateArray().Select(part => (
            part.GetProperty("start").GetInt32(),
            part.GetProperty("end").GetInt32(),
            part.GetProperty("language").GetString()!,
            part.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 0)),
    ];
}
