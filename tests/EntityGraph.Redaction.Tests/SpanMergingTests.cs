using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class SpanMergingTests
{
    private readonly Redactor redactor = new(new RedactionOptions { PropagateValues = false });

    [Fact]
    public void Overlapping_spans_become_one_span_typed_by_the_most_confident()
    {
        const string text = "Contact Jane Doe Smith now.";

        var result = redactor.Redact(
            text,
            [Spans.Of(text, "Jane Doe", "PERSON", 0.6), Spans.Of(text, "Doe Smith", "ORG", 0.9)]);

        Assert.Equal("Contact <ORG> now.", result.Text);
        var item = Assert.Single(result.Items);
        Assert.Equal(("ORG", 0.9, 8, 22), (item.Type, item.Score, item.Start, item.End));
    }

    [Fact]
    public void A_contained_span_is_covered_by_its_container_whichever_is_more_confident()
    {
        const string text = "Mail john@example.com or visit ACME Bank Berlin.";

        var result = redactor.Redact(
            text,
            [
                Spans.Of(text, "john@example.com", "EMAIL", 0.99),
                Spans.Of(text, "john", "PERSON", 0.7),
                Spans.Of(text, "ACME Bank Berlin", "ORG", 0.5),
                Spans.Of(text, "Berlin", "LOCATION", 0.95),
            ]);

        Assert.Equal("Mail <EMAIL> or visit <LOCATION>.", result.Text);
        Assert.Equal([(5, 21), (31, 47)], result.Items.Select(i => (i.Start, i.End)));
    }

    [Fact]
    public void A_chain_of_overlaps_becomes_one_span()
    {
        const string text = "abcdefghij";

        var result = redactor.Redact(
            text,
            [new Detection(0, 3, "A", 0.5, "t"), new Detection(2, 6, "B", 0.4, "t"), new Detection(5, 9, "C", 0.45, "t")]);

        Assert.Equal("<A>j", result.Text);
        Assert.Equal((0, 9), (result.Items[0].Start, result.Items[0].End));
    }

    [Fact]
    public void Adjacent_spans_are_each_replaced_whole()
    {
        const string text = "Name: JohnSmith.";

        var result = redactor.Redact(text, [Spans.Of(text, "Smith", "LAST"), Spans.Of(text, "John", "FIRST")]);

        Assert.Equal("Name: <FIRST><LAST>.", result.Text);
        Assert.Equal([(6, 10), (10, 15)], result.Items.Select(i => (i.Start, i.End)));
    }

    [Fact]
    public void The_same_span_twice_is_one_item()
    {
        const string text = "Call Anna.";

        var result = redactor.Redact(
            text,
            [Spans.Of(text, "Anna", "PERSON", 0.8), Spans.Of(text, "Anna", "LOCATION", 0.3)]);

        Assert.Equal("Call <PERSON>.", result.Text);
        Assert.Single(result.Items);
    }

    [Fact]
    public void A_span_splitting_a_surrogate_pair_is_widened_to_the_whole_pair()
    {
        const string text = "a😀b😁c";

        var result = redactor.Redact(text, [new Detection(2, 3, "EMOJI", 0.9, "t"), new Detection(4, 5, "EMOJI", 0.9, "t")]);

        Assert.Equal("a<EMOJI>b<EMOJI>c", result.Text);
        Assert.Equal([(1, 3), (4, 6)], result.Items.Select(i => (i.Start, i.End)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 2)]
    [InlineData(5, 11)]
    [InlineData(10, 12)]
    public void Empty_or_out_of_range_spans_throw(int start, int end)
    {
        const string text = "0123456789";

        Assert.Throws<ArgumentOutOfRangeException>(
            () => redactor.Redact(text, [new Detection(start, end, "X", 0.5, "t")]));
    }

    [Fact]
    public void No_detections_return_the_text_unchanged()
    {
        var result = redactor.Redact("Nothing here.", []);

        Assert.Equal("Nothing here.", result.Text);
        Assert.Empty(result.Items);
    }
}
