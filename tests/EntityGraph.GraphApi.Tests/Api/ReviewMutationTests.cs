using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// The review loop over real HTTP through the real grains and store: documents come in with annotated mentions whose
/// confidences route them (0.95 / 0.80), then reviewers accept, reject, correct, add and complete; after each step the
/// statistics per status and every entity count are compared with what they must be.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class ReviewMutationTests(PipelineGraphFixture fixture)
{
    private const string Text = "Veyra Motors hired Osric Pell in Tallinn and Narva.";

    private const string BadText = "Brannoc Hale visited the harbour of Port Kessel yesterday.";

    private const string Ingest = """
        mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }
        """;

    private const string MentionFields = "text type status confidence reviewedBy entity { canonicalName type mentionCount }";

    [Fact]
    public async Task Confidence_routes_each_mention_and_every_decision_keeps_every_count_exact()
    {
        var before = await StatisticsAsync();
        await IngestAsync("rev-1", Text, ("Veyra Motors", "ORG", 0.99), ("Osric Pell", "PER", 0.9), ("Tallinn", "LOC", 0.85), ("Narva", "LOC", 0.5));

        var document = await fixture.Client.QueryAsync("""query { document(id: "rev-1") { domain mentions { text status } } }""");
        JsonAssert.Equivalent("""
            { "document": { "domain": "politics", "mentions": [
              { "text": "Veyra Motors", "status": "ACCEPTED" }, { "text": "Osric Pell", "status": "IN_REVIEW" }, { "text": "Tallinn", "status": "IN_REVIEW" } ] } }
            """, document);
        Assert.Equal(Delta(mentions: 3, accepted: 1, inReview: 2, rejected: 1), Difference(before, await StatisticsAsync()));
        var queue = await fixture.Client.QueryAsync("""query { reviewQueue(documentId: "rev-1") { totalCount nodes { text confidence } } }""");
        JsonAssert.Equivalent("""{ "reviewQueue": { "totalCount": 2, "nodes": [ { "text": "Osric Pell", "confidence": 0.9 }, { "text": "Tallinn", "confidence": 0.85 } ] } }""", queue);
        var oldest = await fixture.Client.QueryAsync("""query { reviewQueue(documentId: "rev-1", orderBy: OLDEST, first: 1) { totalCount nodes { text document { id domain } } } }""");
        JsonAssert.Equivalent("""{ "reviewQueue": { "totalCount": 2, "nodes": [ { "text": "Osric Pell", "document": { "id": "rev-1", "domain": "politics" } } ] } }""", oldest);

        var accepted = await DecideAsync($$"""acceptMention(id: "{{await IdAsync("Osric Pell")}}", reviewer: "rita")""");
        JsonAssert.Equivalent("""{ "text": "Osric Pell", "type": "PER", "status": "ACCEPTED", "confidence": 0.9, "reviewedBy": "rita", "entity": { "canonicalName": "Osric Pell", "type": "PER", "mentionCount": 1 } }""", accepted);

        var rejected = await DecideAsync($$"""rejectMention(id: "{{await IdAsync("Tallinn")}}", reviewer: "rita")""");
        JsonAssert.Equivalent("""{ "text": "Tallinn", "type": "LOC", "status": "REJECTED", "confidence": 0.85, "reviewedBy": "rita", "entity": null }""", rejected);

        var corrected = await DecideAsync($$"""correctMention(id: "{{await IdAsync("Veyra Motors")}}", type: "MISC", reviewer: "rita")""");
        JsonAssert.Equivalent("""{ "text": "Veyra Motors", "type": "MISC", "status": "CORRECTED", "confidence": 0.99, "reviewedBy": "rita", "entity": { "canonicalName": "Veyra Motors", "type": "MISC", "mentionCount": 1 } }""", corrected);

        var history = await fixture.Client.QueryAsync($$"""query { mention(id: "{{await IdAsync("Veyra Motors")}}") { reviews { action reviewer before { status type entityId } after { status type } } } }""");
        var review = history.GetProperty("mention").GetProperty("reviews")[0];
        Assert.Equal(("CORRECT", "rita", "ACCEPTED", "ORG", "CORRECTED", "MISC"), (
            review.GetProperty("action").GetString(), review.GetProperty("reviewer").GetString(),
            review.GetProperty("before").GetProperty("status").GetString(), review.GetProperty("before").GetProperty("type").GetString(),
            review.GetProperty("after").GetProperty("status").GetString(), review.GetProperty("after").GetProperty("type").GetString()));

        var narva = Text.IndexOf("Narva", StringComparison.Ordinal);
        var added = await DecideAsync($$"""addMention(documentId: "rev-1", start: {{narva}}, end: {{narva + 5}}, type: "LOC", reviewer: "rita")""");
        JsonAssert.Equivalent("""{ "text": "Narva", "type": "LOC", "status": "ADDED", "confidence": 1.0, "reviewedBy": "rita", "entity": { "canonicalName": "Narva", "type": "LOC", "mentionCount": 1 } }""", added);

        var completed = await fixture.Client.QueryAsync("""mutation { completeReview(documentId: "rev-1", reviewer: "rita") { id reviewedBy mentions { text type status } } }""");
        JsonAssert.Equivalent("""
            { "completeReview": { "id": "rev-1", "reviewedBy": "rita", "mentions": [
              { "text": "Veyra Motors", "type": "MISC", "status": "CORRECTED" }, { "text": "Osric Pell", "type": "PER", "status": "ACCEPTED" },
              { "text": "Narva", "type": "LOC", "status": "ADDED" } ] } }
            """, completed);
        Assert.Equal(Delta(mentions: 3, accepted: 1, inReview: 0, rejected: 2, corrected: 1, added: 1), Difference(before, await StatisticsAsync()));
        var veyraOrg = await fixture.Client.QueryAsync("""query { entities(search: "Veyra Motors", type: "ORG") { nodes { mentionCount } } }""");
        Assert.All(veyraOrg.GetProperty("entities").GetProperty("nodes").EnumerateArray(), node => Assert.Equal(0, node.GetProperty("mentionCount").GetInt32()));
        await StoredCounts.AssertExactAsync(fixture.Store);
    }

    [Fact]
    public async Task Bad_review_requests_get_clear_codes_and_change_nothing()
    {
        await IngestAsync("rev-bad", BadText, ("Brannoc Hale", "PER", 0.9));
        var pell = await fixture.Client.QueryAsync("""query { document(id: "rev-bad") { mentions { id } } }""");
        var id = pell.GetProperty("document").GetProperty("mentions")[0].GetProperty("id").GetString();
        var before = await StatisticsAsync();

        Assert.Equal(["NOT_FOUND"], (await fixture.Client.PostAsync("""mutation { acceptMention(id: "999999999") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], (await fixture.Client.PostAsync("""mutation { rejectMention(id: "abc") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync($$"""mutation { correctMention(id: "{{id}}") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync($$"""mutation { correctMention(id: "{{id}}", type: "two words") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync("""mutation { addMention(documentId: "rev-bad", start: 40, end: 900, type: "LOC") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync("""mutation { addMention(documentId: "rev-bad", start: 0, end: 12, type: "PER") { id } }""")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await fixture.Client.PostAsync("""mutation { addMention(documentId: "rev-none", start: 0, end: 4, type: "LOC") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync("""mutation { completeReview(documentId: "rev-bad") { id } }""")).ErrorCodes);
        Assert.Equal(["INVALID_REVIEW"], (await fixture.Client.PostAsync($$"""mutation { acceptMention(id: "{{id}}", reviewer: "{{new string('r', 201)}}") { id } }""")).ErrorCodes);

        Assert.Equal(before, await StatisticsAsync());
        JsonAssert.Equivalent("""{ "document": { "reviewedBy": null, "mentions": [ { "status": "IN_REVIEW" } ] } }""", await fixture.Client.QueryAsync("""query { document(id: "rev-bad") { reviewedBy mentions { status } } }"""));
    }

    private async Task IngestAsync(string id, string text, params (string Surface, string Type, double Confidence)[] mentions)
    {
        var inputs = mentions.Select(m =>
        {
            var start = text.IndexOf(m.Surface, StringComparison.Ordinal);
            return new { start, end = start + m.Surface.Length, type = m.Type, confidence = m.Confidence };
        }).ToList();
        await fixture.Client.QueryAsync(Ingest, new { input = new { id, text, language = "en", domain = "politics", mentions = inputs } });
    }

    private async Task<string> IdAsync(string text)
    {
        var data = await fixture.Client.QueryAsync("""query { document(id: "rev-1") { mentions { id text } } }""");
        var mentionId = data.GetProperty("document").GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("text").GetString() == text).GetProperty("id").GetString();
        return mentionId!;
    }

    private async Task<JsonElement> DecideAsync(string call)
    {
        var data = await fixture.Client.QueryAsync($"mutation {{ {call} {{ {MentionFields} }} }}");
        return data.EnumerateObject().Single().Value;
    }

    private async Task<long[]> StatisticsAsync()
    {
        var data = await fixture.Client.QueryAsync("query { statistics { mentions mentionsByStatus { accepted inReview rejected corrected added } } }");
        var statistics = data.GetProperty("statistics");
        var byStatus = statistics.GetProperty("mentionsByStatus");
        return [statistics.GetProperty("mentions").GetInt64(), .. byStatus.EnumerateObject().Select(p => p.Value.GetInt64())];
    }

    private static long[] Difference(long[] before, long[] after) => after.Zip(before, (a, b) => a - b).ToArray();

    private static long[] Delta(long mentions, long accepted, long inReview, long rejected, long corrected = 0, long added = 0) =>
        [mentions, accepted, inReview, rejected, corrected, added];
}
