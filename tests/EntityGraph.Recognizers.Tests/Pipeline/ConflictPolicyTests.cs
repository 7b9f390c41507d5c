using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Pipeline.Policies;

namespace EntityGraph.Recognizers.Tests.Pipeline;

/// <summary>Each conflict policy on hand-built candidates.</summary>
public sealed class ConflictPolicyTests
{
    private static readonly IConflictPolicy Priority = Policy(ConflictPolicies.Priority);
    private static readonly IConflictPolicy EqualSpans = Policy(ConflictPolicies.EqualSpansHigherScore);
    private static readonly IConflictPolicy ContainerWins = Policy(ConflictPolicies.ContainerWins);
    private static readonly IConflictPolicy MergeOverlaps = Policy(ConflictPolicies.MergeOverlaps);

    [Fact]
    public void Every_policy_is_found_by_its_name()
    {
        Assert.Equal(
            [ConflictPolicies.Priority, ConflictPolicies.EqualSpansHigherScore, ConflictPolicies.ContainerWins, ConflictPolicies.MergeOverlaps],
            ConflictPolicies.All.Select(p => p.Name));
        Assert.Null(ConflictPolicies.Find("no-such-policy"));
    }

    [Fact]
    public void Priority_prefers_the_higher_priority_over_a_longer_span()
    {
        var longer = At(0, 20, "DATE", 0.9, priority: 0);
        var preferred = At(5, 10, "PHONE", 0.5, priority: 1);

        Assert.Equal([preferred], Priority.Resolve([longer, preferred]));
    }

    [Fact]
    public void Priority_prefers_the_longer_span_at_equal_priority()
    {
        var shorter = At(0, 8, "EMAIL", 0.99);
        var longer = At(4, 20, "PHONE", 0.5);

        Assert.Equal([longer], Priority.Resolve([shorter, longer]));
    }

    [Fact]
    public void Priority_prefers_the_more_specific_type_at_equal_length()
    {
        var url = At(0, 10, "URL", 0.99);
        var email = At(0, 10, "EMAIL", 0.5);
        var unknown = At(0, 10, "IBAN", 0.99);

        Assert.Equal([email], Priority.Resolve([url, unknown, email]));
    }

    [Fact]
    public void Priority_prefers_the_higher_score_when_type_does_not_decide()
    {
        var weaker = At(0, 10, "IBAN", 0.6);
        var stronger = At(0, 10, "CREDIT_CARD", 0.8);

        Assert.Equal([stronger], Priority.Resolve([weaker, stronger]));
    }

    [Fact]
    public void Priority_prefers_the_earlier_start_when_all_else_is_equal_and_keeps_what_does_not_overlap()
    {
        var earlier = At(0, 10, "X", 0.5);
        var later = At(5, 15, "X", 0.5);
        var apart = At(15, 20, "Y", 0.1);

        Assert.Equal([earlier, apart], Priority.Resolve([apart, later, earlier]));
    }

    [Fact]
    public void Equal_spans_keep_the_higher_score_among_equal_priorities_and_the_higher_priority_first()
    {
        var lowerScore = At(0, 10, "PHONE", 0.7);
        var higherScore = At(0, 10, "UK_NHS", 0.85);
        var model = At(20, 30, "ORGANIZATION", 0.99, priority: -1);
        var rule = At(20, 30, "IBAN", 0.8);

        Assert.Equal([higherScore, rule], EqualSpans.Resolve([lowerScore, higherScore, model, rule]).OrderBy(c => c.Detection.Start));
    }

    [Fact]
    public void Equal_spans_with_equal_scores_keep_the_higher_priority_then_the_first()
    {
        var low = At(0, 10, "A", 0.7, priority: 0);
        var high = At(0, 10, "B", 0.7, priority: 1);
        var first = At(20, 30, "C", 0.5);
        var second = At(20, 30, "D", 0.5);

        var kept = EqualSpans.Resolve([low, high, first, second]);

        Assert.Equal([high, first], kept.OrderBy(c => c.Detection.Start));
    }

    [Fact]
    public void Equal_spans_leave_overlapping_spans_alone()
    {
        var outer = At(0, 20, "A", 0.9);
        var inner = At(5, 10, "B", 0.5);
        var partial = At(15, 25, "C", 0.4);

        Assert.Equal([outer, inner, partial], EqualSpans.Resolve([outer, inner, partial]).OrderBy(c => c.Detection.Start));
    }

    [Fact]
    public void Container_wins_drops_what_lies_inside_a_longer_span_whatever_its_score()
    {
        var iban = At(0, 27, "IBAN", 0.8);
        var phone = At(5, 19, "PHONE", 1.0);
        var apart = At(30, 40, "EMAIL", 0.9);

        Assert.Equal([iban, apart], ContainerWins.Resolve([phone, apart, iban]).OrderBy(c => c.Detection.Start));
    }

    [Fact]
    public void A_contained_span_of_higher_priority_stays_for_the_merge()
    {
        var model = At(0, 40, "ORGANIZATION", 0.99, priority: -1);
        var iban = At(6, 33, "IBAN", 0.8);

        var kept = ContainerWins.Resolve([model, iban]);
        var merged = Assert.Single(MergeOverlaps.Resolve(kept));

        Assert.Equal(2, kept.Count);
        Assert.Equal(("IBAN", 0, 40), (merged.Detection.Type, merged.Detection.Start, merged.Detection.End));
    }

    [Fact]
    public void Container_wins_keeps_equal_spans_for_the_next_policy()
    {
        var first = At(0, 10, "PHONE", 0.7);
        var second = At(0, 10, "UK_NHS", 0.85);
        var inside = At(2, 8, "DATE", 0.9);

        var kept = ContainerWins.Resolve([first, inside, second]);

        Assert.Equal(2, kept.Count);
        Assert.Contains(first, kept);
        Assert.Contains(second, kept);
    }

    [Fact]
    public void Container_wins_drops_a_whole_chain_of_nested_spans_and_equal_spans_inside_a_container()
    {
        var outer = At(0, 30, "URL", 0.9);
        var middle = At(5, 20, "DATE", 0.9);
        var inner = At(8, 12, "PHONE", 0.9);
        var twin = At(8, 12, "US_SSN", 0.9);

        Assert.Equal([outer], ContainerWins.Resolve([inner, middle, twin, outer]));
    }

    [Fact]
    public void Container_wins_keeps_partial_overlaps_and_drops_what_lies_inside_either()
    {
        var left = At(0, 10, "A", 0.5);
        var right = At(6, 16, "B", 0.5);
        var insideRight = At(11, 15, "C", 0.9);

        Assert.Equal([left, right], ContainerWins.Resolve([insideRight, right, left]).OrderBy(c => c.Detection.Start));
    }

    [Fact]
    public void Merge_overlaps_joins_a_partial_overlap_into_the_union_with_the_best_members_type_score_and_recognizer()
    {
        var person = At(0, 10, "PERSON", 0.6, recognizer: "model");
        var email = At(5, 20, "EMAIL", 0.99, recognizer: "rules/email");

        var merged = Assert.Single(MergeOverlaps.Resolve([person, email]));

        Assert.Equal(new Detection(0, 20, "EMAIL", 0.99, "rules/email"), merged.Detection);
    }

    [Fact]
    public void Merge_overlaps_breaks_a_score_tie_by_priority()
    {
        var low = At(0, 10, "A", 0.7, priority: 0);
        var high = At(5, 15, "B", 0.7, priority: 2);

        var merged = Assert.Single(MergeOverlaps.Resolve([low, high]));

        Assert.Equal((0, 15, "B", 2), (merged.Detection.Start, merged.Detection.End, merged.Detection.Type, merged.Priority));
    }

    [Fact]
    public void Merge_overlaps_keeps_touching_spans_apart()
    {
        var left = At(0, 10, "A", 0.5);
        var right = At(10, 20, "B", 0.9);

        Assert.Equal([left, right], MergeOverlaps.Resolve([right, left]));
    }

    [Fact]
    public void Merge_overlaps_joins_a_chain_of_three_even_when_the_ends_do_not_meet()
    {
        var first = At(0, 10, "A", 0.5);
        var second = At(8, 20, "B", 0.6);
        var third = At(18, 30, "C", 0.9);
        var apart = At(35, 40, "D", 0.1);

        var merged = MergeOverlaps.Resolve([third, apart, first, second]);

        Assert.Equal(
            [(0, 30, "C", 0.9), (35, 40, "D", 0.1)],
            merged.Select(c => (c.Detection.Start, c.Detection.End, c.Detection.Type, c.Detection.Confidence)));
    }

    [Fact]
    public void Every_policy_answers_nothing_for_nothing()
    {
        Assert.All(ConflictPolicies.All, policy => Assert.Empty(policy.Resolve([])));
    }

    private static IConflictPolicy Policy(string name) => ConflictPolicies.Find(name) ?? throw new InvalidOperationException(name);

    private static Candidate At(int start, int end, string type, double score, int priority = 0, string recognizer = "test") =>
        new(new Detection(start, end, type, score, recognizer), priority);
}
