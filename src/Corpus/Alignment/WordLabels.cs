using EntityGraph.Text.Tokenization;

namespace EntityGraph.Corpus;

/// <summary>Maps character spans onto pre-tokenized words as IOB2 labels, and word labels back onto spans.</summary>
public static class WordLabels
{
    /// <summary>A word starting a span gets B-, a word starting inside it I-, others O.</summary>
    public static string[] FromSpans(IReadOnlyList<WordSpan> words, IReadOnlyList<EntitySpan> spans)
    {
        var labels = new string[words.Count];
        var ordered = spans.OrderBy(s => s.Start).ToArray();
        var s = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            while (s < ordered.Length && ordered[s].End <= word.Start)
            {
                s++;
            }

            if (s < ordered.Length && ordered[s].Start <= word.Start && word.Start < ordered[s].End)
            {
                var isFirst = w == 0 || words[w - 1].Start < ordered[s].Start;
                labels[w] = (isFirst ? "B-" : "I-") + ordered[s].Type;
            }
            else
            {
                labels[w] = "O";
            }
        }

        return labels;
    }

    public static List<EntitySpan> ToSpans(IReadOnlyList<WordSpan> words, IReadOnlyList<string> labels)
    {
        var offsets = words.Select(w => (w.Start, w.End)).ToArray();
        return TagSpans.FromTokenTags(labels, offsets);
    }
}
