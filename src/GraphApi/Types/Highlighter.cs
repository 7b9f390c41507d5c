using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Types;

/// <summary>Cuts a text into consecutive segments at mention boundaries, so a UI can highlight without offset arithmetic.</summary>
public static class Highlighter
{
    /// <summary>
    /// Segments cover the whole text in order; their texts concatenate to the original. Mentions outside the text or
    /// overlapping an earlier one are left out of the highlighting (they stay available as mentions).
    /// </summary>
    public static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<MentionRecord> mentions)
    {
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mention.Start < position || mention.End <= mention.Start || mention.End > text.Length)
            {
                continue;
            }

            if (mention.Start > position)
            {
                segments.Add(Plain(text, position, mention.Start));
            }

            segments.Add(new TextSegment(mention.Start, mention.End, text[mention.Start..mention.End], mention));
            position = mention.End;
        }

        if (position < text.Length)
        {
            segments.Add(Plain(text, position, text.Length));
        }

        return segments;
    }

    private static TextSegment Plain(string text, int start, int end) => new(start, end, text[start..end], null);
}
