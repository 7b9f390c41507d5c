using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Units;

public sealed class HighlighterTests
{
    [Fact]
    public void Text_without_mentions_is_one_plain_segment()
    {
        var segments = Highlighter.Segment("plain text", []);

        Assert.Equal([new TextSegment(0, 10, "plain text", null)], segments);
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Empty(Highlighter.Segment("", []));
    }

    [Fact]
    public void Mentions_are_taken_in_text_order_and_overlaps_or_spans_outside_the_text_are_left_plain()
    {
        const string text = "New York City";
        var city = Mention(0, 13, text[..13]);
        var york = Mention(4, 8, "York");
        var outside = Mention(10, 20, "City");

        var segments = Highlighter.Segment(text, [york, outside, city]);

        Assert.Equal([new TextSegment(0, 13, "New York City", city)], segments);
    }

    [Fact]
    public void Adjacent_mentions_need_no_plain_segment_between_them()
    {
        const string text = "AB";
        var a = Mention(0, 1, "A");
        var b = Mention(1, 2, "B");

        var segments = Highlighter.Segment(text, [b, a]);

        Assert.Equal([new TextSegment(0, 1, "A", a), new TextSegment(1, 2, "B", b)], segments);
    }

    private static MentionRecord Mention(int start, int end, string text) =>
        new(start, "doc", "entity", start, end, text, "LOC", 0.5, "model", "en");
}
