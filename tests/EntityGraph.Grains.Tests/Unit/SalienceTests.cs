using EntityGraph.Grains.Tagging;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class SalienceTests
{
    private static ExtractedEntity Mention(string id, int start, string text, string type = "ORG", double confidence = 0.9) =>
        new(start, start + text.Length, text, type, confidence, "m", "en", id);

    [Fact]
    public void Frequent_early_title_entities_score_highest_and_all_scores_are_in_the_unit_interval()
    {
        var mentions = new[]
        {
            Mention("a", 0, "Acme", confidence: 1.0),
            Mention("b", 50, "Bolt", "PER", 0.5),
            Mention("a", 120, "Acme", confidence: 1.0),
            Mention("c", 190, "2024", "DATE"),
            Mention("a", 150, "Acme", confidence: 1.0),
        };
        var names = new Dictionary<string, string> { ["a"] = "Acme Inc.", ["b"] = "Bolt", ["c"] = "2024" };

        var scores = SalienceScorer.Score(mentions, names, 200, "Acme buys a bolt maker");

        Assert.Equal("a", scores[0].EntityId);
        Assert.Equal("Acme Inc.", scores[0].Name);
        Assert.All(scores, s => Assert.InRange(s.Score, 0.0, 1.0));
        Assert.Equal(1.0, scores[0].Score, 2);
        Assert.True(scores.Single(s => s.EntityId == "b").Score > scores.Single(s => s.EntityId == "c").Score);
    }

    [Fact]
    public void Without_a_title_a_single_early_confident_entity_still_reaches_one()
    {
        var scores = SalienceScorer.Score([Mention("a", 0, "Acme", confidence: 1.0)], new Dictionary<string, string>(), 100, null);

        Assert.Equal(1.0, Assert.Single(scores).Score, 3);
    }

    [Fact]
    public void Tags_take_the_top_named_entities_above_the_minimum_once_per_name()
    {
        var saliences = new[]
        {
            new EntitySalience("d", "DATE", "Monday", 0.99),
            new EntitySalience("a", "ORG", "Acme", 0.9),
            new EntitySalience("b", "LOC", "acme", 0.8),
            new EntitySalience("c", "PER", "Bolt", 0.5),
            new EntitySalience("e", "PER", "Cole", 0.2),
        };

        var tags = AutomaticTagger.Select(saliences, count: 5, minScore: 0.35);

        Assert.Equal([("Acme", 0.9), ("Bolt", 0.5)], tags.Select(t => (t.Name, t.Score)));
        Assert.All(tags, t => Assert.False(t.Manual));
        Assert.Single(AutomaticTagger.Select(saliences, count: 1, minScore: 0));
    }

    [Fact]
    public void A_name_too_long_or_blank_for_a_tag_is_passed_over_for_the_next()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Alliance", 12)) + " Party";
        var saliences = new[]
        {
            new EntitySalience("a", "ORG", longName, 0.9),
            new EntitySalience("b", "ORG", "   ", 0.8),
            new EntitySalience("c", "PER", "Bolt", 0.5),
        };

        var tags = AutomaticTagger.Select(saliences, count: 1, minScore: 0);

        Assert.True(longName.Length > EntityGraph.Storage.StorageLimits.MaxTagLength);
        Assert.Equal(["Bolt"], tags.Select(t => t.Name));
    }
}
