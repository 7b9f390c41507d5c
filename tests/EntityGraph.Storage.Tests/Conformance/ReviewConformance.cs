using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>
/// Mention statuses and the review loop's store: routed writes, the queue, each reviewer decision (one transaction,
/// every count recomputable from the linked mention rows afterwards, the log holding before and after), completion and the
/// feedback stream. The contract every backend must meet; each backend runs it through a class deriving from this one.
/// </summary>
public abstract class ReviewConformance
{
    protected abstract StoreBackend Backend { get; }

    private const string Text = "Maria Schmidt of Nordwind Energy met Tim Cook in Berlin.";
    private static readonly EntityWrite Schmidt = Entity("per-schmidt", "PER", "Maria Schmidt");
    private static readonly EntityWrite Nordwind = Entity("org-nordwind", "ORG", "Nordwind Energy");
    private static readonly EntityWrite Cook = Entity("per-cook", "PER", "Tim Cook");
    private static readonly EntityWrite Berlin = Entity("loc-berlin", "LOC", "Berlin");
    private static readonly EntityWrite BerlinOrg = Entity("org-berlin", "ORG", "Berlin");

    [Fact]
    public async Task A_routed_write_keeps_rejected_mentions_unlinked_and_counts_each_status()
    {
        using var temp = await SeededAsync();

        var statistics = await temp.Store.GetStatisticsAsync();
        Assert.Equal(3, statistics.Mentions);
        Assert.Equal(new MentionStatusCounts(Accepted: 1, InReview: 2, Rejected: 1, Corrected: 0, Added: 0), statistics.MentionsByStatus);
        Assert.Equal(["Maria Schmidt", "Nordwind Energy", "Tim Cook"], (await temp.Store.GetMentionsByDocumentAsync(["doc-1"]))["doc-1"].Select(m => m.Text));
        var all = await temp.Store.GetAllMentionsAsync("doc-1");
        Assert.Equal(4, all.Count);
        var rejected = all.Single(m => m.Status == MentionStatus.Rejected);
        Assert.Equal(("Berlin", "LOC", (string?)null), (rejected.Text, rejected.Type, rejected.EntityId));
        Assert.Equal(rejected, await temp.Store.GetMentionAsync(rejected.Id));
        Assert.Null(await temp.Store.GetMentionAsync(rejected.Id + 1000));
        Assert.Empty(await temp.Store.GetEntitiesAsync([Berlin.Id]));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task The_queue_lists_mentions_in_review_nearest_the_accept_threshold_first_or_oldest_first()
    {
        using var temp = await SeededAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Tim Cook spoke.", "de").Routed(Cook, "Tim Cook", MentionStatus.InReview, 0.93).Build());

        var uncertain = await temp.Store.GetReviewQueueAsync(new ReviewQueueQuery(null, null, null, ReviewOrder.Uncertainty, 10, 0));
        Assert.Equal([("doc-2", 0.93), ("doc-1", 0.9), ("doc-1", 0.85)], uncertain.Items.Select(m => (m.DocumentId, m.Confidence)));
        var oldest = await temp.Store.GetReviewQueueAsync(new ReviewQueueQuery(null, null, null, ReviewOrder.Oldest, 2, 0));
        Assert.Equal(["doc-1", "doc-1"], oldest.Items.Select(m => m.DocumentId));
        Assert.Equal(3, oldest.TotalCount);
        Assert.Equal("Tim Cook", Assert.Single((await temp.Store.GetReviewQueueAsync(new ReviewQueueQuery("en", "PER", null, ReviewOrder.Oldest, 10, 0))).Items).Text);
        Assert.Equal(0.93, Assert.Single((await temp.Store.GetReviewQueueAsync(new ReviewQueueQuery(null, null, "doc-2", ReviewOrder.Oldest, 10, 0))).Items).Confidence);
        var empty = await temp.Store.GetReviewQueueAsync(new ReviewQueueQuery("fr", null, null, ReviewOrder.Oldest, 10, 0));
        Assert.Equal((0, 0), (empty.Items.Count, empty.TotalCount));
    }

    [Fact]
    public async Task Accepting_keeps_the_counts_and_records_who_when_and_the_mention_before_and_after()
    {
        using var temp = await SeededAsync();
        var cook = await MentionAsync(temp, "Tim Cook");
        var before = await temp.Store.GetEntitiesAsync([Cook.Id]);

        var accepted = await temp.Store.ReviewMentionAsync(new MentionReview(ReviewActions.Accept, "doc-1", cook.Id, 0, 0, string.Empty, null, "alice"));

        Assert.Equal((MentionStatus.Accepted, "alice", Cook.Id), (accepted.Status, accepted.ReviewedBy, accepted.EntityId));
        Assert.NotNull(accepted.ReviewedAt);
        Assert.Equal(before, await temp.Store.GetEntitiesAsync([Cook.Id]));
        var log = Assert.Single((await temp.Store.GetMentionReviewsAsync([cook.Id]))[cook.Id]);
        Assert.Equal((ReviewActions.Accept, "alice", MentionStatus.InReview, MentionStatus.Accepted), (log.Action, log.Reviewer, log.Before!.Status, log.After!.Status));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Rejecting_unlinks_the_mention_and_takes_it_out_of_every_count()
    {
        using var temp = await SeededAsync();
        var nordwind = await MentionAsync(temp, "Nordwind Energy");
        Assert.Equal(1, (await temp.Store.GetEntitiesAsync([Nordwind.Id]))[Nordwind.Id].MentionCount);

        var rejected = await temp.Store.ReviewMentionAsync(new MentionReview(ReviewActions.Reject, "doc-1", nordwind.Id, 0, 0, string.Empty, null, "bob"));

        Assert.Equal((MentionStatus.Rejected, (string?)null), (rejected.Status, rejected.EntityId));
        Assert.Equal(0, (await temp.Store.GetEntitiesAsync([Nordwind.Id]))[Nordwind.Id].MentionCount);
        Assert.DoesNotContain(await temp.Store.GetRelatedEntitiesAsync(Schmidt.Id, 10), r => r.EntityId == Nordwind.Id);
        Assert.Equal(new MentionStatusCounts(1, 1, 2, 0, 0), (await temp.Store.GetStatisticsAsync()).MentionsByStatus);
        var log = Assert.Single((await temp.Store.GetMentionReviewsAsync([nordwind.Id]))[nordwind.Id]);
        Assert.Equal((Nordwind.Id, (string?)null), (log.Before!.EntityId, log.After!.EntityId));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Correcting_a_type_relinks_to_the_given_entity_creating_it_with_its_key()
    {
        using var temp = await SeededAsync();
        var berlin = (await temp.Store.GetAllMentionsAsync("doc-1")).Single(m => m.Text == "Berlin");

        var corrected = await temp.Store.ReviewMentionAsync(new MentionReview(
            ReviewActions.Correct, "doc-1", berlin.Id, berlin.Start, berlin.End, "ORG", BerlinOrg.Id, "carol",
            BerlinOrg, [new EntityKeyWrite("ORG", BerlinOrg.NormalizedKey, BerlinOrg.Id)],
            new LinkDecisionWrite(BerlinOrg.Id, "Berlin", "new", 1.0, "new entity from review")));

        Assert.Equal((MentionStatus.Corrected, "ORG", BerlinOrg.Id), (corrected.Status, corrected.Type, corrected.EntityId));
        Assert.Equal((1, 1), ((await temp.Store.GetEntitiesAsync([BerlinOrg.Id]))[BerlinOrg.Id] is var e ? (e.MentionCount, e.DocumentCount) : default));
        Assert.Equal(BerlinOrg.Id, await temp.Store.FindEntityByKeyAsync("ORG", BerlinOrg.NormalizedKey));
        Assert.Contains(await temp.Store.GetRelatedEntitiesAsync(BerlinOrg.Id, 10), r => r.EntityId == Cook.Id);
        Assert.Equal("carol", Assert.Single((await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(BerlinOrg.Id, null, 10, 0))).Items).Actor);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Correcting_a_span_and_adding_a_missed_one_link_them_and_keep_counts_exact()
    {
        using var temp = await SeededAsync();
        var schmidt = await MentionAsync(temp, "Maria Schmidt");
        var start = Text.IndexOf("Schmidt", StringComparison.Ordinal);

        var corrected = await temp.Store.ReviewMentionAsync(new MentionReview(ReviewActions.Correct, "doc-1", schmidt.Id, start, start + "Schmidt".Length, "PER", Schmidt.Id, "dora"));
        var at = Text.IndexOf("Berlin", StringComparison.Ordinal);
        var added = await temp.Store.ReviewMentionAsync(new MentionReview(
            ReviewActions.Add, "doc-1", null, at, at + "Berlin".Length, "LOC", Berlin.Id, "dora", Berlin, [new EntityKeyWrite("LOC", Berlin.NormalizedKey, Berlin.Id)]));

        Assert.Equal(("Schmidt", MentionStatus.Corrected), (corrected.Text, corrected.Status));
        Assert.Equal(("Berlin", MentionStatus.Added, 1.0, Berlin.Id), (added.Text, added.Status, added.Confidence, added.EntityId));
        var aliases = (await temp.Store.GetAliasesAsync([Schmidt.Id]))[Schmidt.Id];
        Assert.Equal(["Schmidt"], aliases.Where(a => a.Count > 0).Select(a => a.Name));
        Assert.Equal(new MentionStatusCounts(0, 2, 1, 1, 1), (await temp.Store.GetStatisticsAsync()).MentionsByStatus);
        Assert.Equal(4, (await temp.Store.GetStatisticsAsync()).Mentions);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Accepting_a_rejected_mention_links_it()
    {
        using var temp = await SeededAsync();
        var berlin = (await temp.Store.GetAllMentionsAsync("doc-1")).Single(m => m.Text == "Berlin");

        var accepted = await temp.Store.ReviewMentionAsync(new MentionReview(ReviewActions.Accept, "doc-1", berlin.Id, 0, 0, string.Empty, Berlin.Id, null, Berlin));

        Assert.Equal((MentionStatus.Accepted, Berlin.Id, "LOC"), (accepted.Status, accepted.EntityId, accepted.Type));
        Assert.Equal(1, (await temp.Store.GetEntitiesAsync([Berlin.Id]))[Berlin.Id].MentionCount);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Bad_reviews_are_refused_and_change_nothing()
    {
        using var temp = await SeededAsync();
        var cook = await MentionAsync(temp, "Tim Cook");
        var schmidt = await MentionAsync(temp, "Maria Schmidt");
        var before = await temp.Store.GetStatisticsAsync();
        var at = Text.IndexOf("Tim Cook", StringComparison.Ordinal);

        async Task<string> CodeOf(MentionReview review) => (await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.ReviewMentionAsync(review))).Code;

        Assert.Equal(ErrorCodes.NotFound, await CodeOf(new MentionReview(ReviewActions.Accept, "doc-1", cook.Id + 1000, 0, 0, string.Empty, null, null)));
        Assert.Equal(ErrorCodes.NotFound, await CodeOf(new MentionReview(ReviewActions.Accept, "no-such-doc", cook.Id, 0, 0, string.Empty, null, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Add, "doc-1", null, at, at + 8, "PER", Cook.Id, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Correct, "doc-1", schmidt.Id, at, at + 8, "PER", Cook.Id, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Add, "doc-1", null, 10, Text.Length + 1, "PER", Cook.Id, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Add, "doc-1", null, 5, 3, "PER", Cook.Id, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Add, "doc-1", null, 0, 5, "two words", Cook.Id, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview("DELETE", "doc-1", cook.Id, 0, 0, string.Empty, null, null)));
        Assert.Equal(ErrorCodes.InvalidReview, await CodeOf(new MentionReview(ReviewActions.Reject, "doc-1", null, 0, 0, string.Empty, null, null)));
        Assert.Equal(ErrorCodes.UnknownEntity, await CodeOf(new MentionReview(ReviewActions.Add, "doc-1", null, 0, 5, "PER", "per-nobody", null)));

        Assert.Equal(before, await temp.Store.GetStatisticsAsync());
        Assert.Empty(await temp.Store.GetMentionReviewsAsync([cook.Id]));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task A_review_completes_only_when_nothing_is_in_review_and_the_document_then_streams_as_feedback()
    {
        using var temp = await SeededAsync();
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.CompleteReviewAsync("doc-1", "erin"));
        Assert.Equal(ErrorCodes.InvalidReview, error.Code);
        Assert.Equal(ErrorCodes.NotFound, (await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.CompleteReviewAsync("no-such-doc", "erin"))).Code);
        foreach (var mention in (await temp.Store.GetAllMentionsAsync("doc-1")).Where(m => m.Status == MentionStatus.InReview))
        {
            await temp.Store.ReviewMentionAsync(new MentionReview(mention.Text == "Tim Cook" ? ReviewActions.Accept : ReviewActions.Reject, "doc-1", mention.Id, 0, 0, string.Empty, null, "erin"));
        }

        var review = await temp.Store.CompleteReviewAsync("doc-1", "erin");

        Assert.Equal("erin", review.ReviewedBy);
        Assert.Equal(review, (await temp.Store.GetDocumentsAsync(["doc-1"]))["doc-1"].Review);
        var feedback = await ToListAsync(temp.Store.StreamReviewedDocumentsAsync(new FeedbackQuery()));
        var reviewed = Assert.Single(feedback);
        Assert.Equal(("doc-1", "politics"), (reviewed.Document.Id, reviewed.Document.Domain));
        Assert.Equal(["Maria Schmidt", "Tim Cook"], reviewed.Mentions.Select(m => m.Text));
        Assert.Single(await ToListAsync(temp.Store.StreamReviewedDocumentsAsync(new FeedbackQuery("en", "politics"))));
        Assert.Empty(await ToListAsync(temp.Store.StreamReviewedDocumentsAsync(new FeedbackQuery("de"))));
        Assert.Empty(await ToListAsync(temp.Store.StreamReviewedDocumentsAsync(new FeedbackQuery(null, "sports"))));

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", Text + " Changed.").Mention(Cook, "Tim Cook").Build());
        Assert.Null((await temp.Store.GetDocumentsAsync(["doc-1"]))["doc-1"].Review);
        Assert.Empty(await ToListAsync(temp.Store.StreamReviewedDocumentsAsync(new FeedbackQuery())));
        CountAudit.AssertExact(temp);
    }

    private async Task<TempStore> SeededAsync()
    {
        var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", Text)
            .Routed(Schmidt, "Maria Schmidt", MentionStatus.Accepted, 0.97)
            .Routed(Nordwind, "Nordwind Energy", MentionStatus.InReview, 0.85)
            .Routed(Cook, "Tim Cook", MentionStatus.InReview, 0.9)
            .Rejected("LOC", "Berlin")
            .InDomain("politics")
            .Build());
        CountAudit.AssertExact(temp);
        return temp;
    }

    private static async Task<MentionRecord> MentionAsync(TempStore temp, string text) =>
        (await temp.Store.GetAllMentionsAsync("doc-1")).Single(m => m.Text == text);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
