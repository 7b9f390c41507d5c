using EntityGraph.Grains.Documents;
using EntityGraph.Ner.Calibration;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class MentionRouterTests
{
    private static ExtractedEntity Entity(string type, double confidence, string language = "en") =>
        new(0, 4, "Text", type, confidence, "model", language);

    [Theory]
    [InlineData(0.95, MentionStatus.Accepted)]
    [InlineData(0.9499, MentionStatus.InReview)]
    [InlineData(0.80, MentionStatus.InReview)]
    [InlineData(0.7999, MentionStatus.Rejected)]
    public void Default_thresholds_accept_from_095_and_reject_below_080(double confidence, string status)
    {
        var routed = MentionRouter.Route(new ExtractionResult("en", 1, false, [Entity("PER", confidence)], []), new ReviewOptions());

        var entity = Assert.Single(routed.Entities);
        Assert.Equal((status, (double?)0.95), (entity.Status, entity.AcceptThreshold));
    }

    [Fact]
    public void The_most_specific_override_of_language_and_type_decides()
    {
        var options = new ReviewOptions();
        options.Thresholds["de"] = new ThresholdOverride { Accept = 0.99 };
        options.Thresholds["de:LOC"] = new ThresholdOverride { Reject = 0.5 };
        var extraction = new ExtractionResult("de", 1, false, [Entity("LOC", 0.6, "de"), Entity("PER", 0.97, "de"), Entity("PER", 0.97)], []);

        var routed = MentionRouter.Route(extraction, options).Entities;

        Assert.Equal(
            [(MentionStatus.InReview, 0.99), (MentionStatus.InReview, 0.99), (MentionStatus.Accepted, 0.95)],
            routed.Select(e => (e.Status!, e.AcceptThreshold!.Value)));
    }
}
