namespace EntityGraph.LanguageDetect.Tests;

/// <summary>Checks that segments cover a text exactly: in order, without gaps or overlaps, none empty.</summary>
public static class SegmentAssert
{
    public static void Tiles(string text, IReadOnlyList<LanguageSegment> segments)
    {
        if (text.Length == 0)
        {
            Assert.Empty(segments);
            return;
        }

        Assert.NotEmpty(segments);
        Assert.Equal(0, segments[0].Start);
        Assert.Equal(text.Length, segments[^1].End);
        for (var i = 0; i < segments.Count; i++)
        {
            Assert.True(segments[i].Start < segments[i].End, $"segment {i} is empty");
            Assert.InRange(segments[i].Confidence, 0.0, 1.0);
            if (i > 0)
            {
                Assert.Equal(segments[i - 1].End, segments[i].Start);
                Assert.NotEqual(segments[i - 1].Language, segments[i].Language);
            }
        }
    }
}
