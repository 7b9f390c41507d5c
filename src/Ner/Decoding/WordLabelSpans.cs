using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Decoding;

/// <summary>Turns decoded IOB2 word labels into character spans, a span's confidence being the mean over its words.</summary>
public static class WordLabelSpans
{
    public static List<PredictedSpan> ToSpans(IReadOnlyList<WordSpan> words, int[] labels, float[] confidence, LabelSet labelSet)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(confidence);
        ArgumentNullException.ThrowIfNull(labelSet);
        var spans = new List<PredictedSpan>();
        var w = 0;
        while (w < words.Count)
        {
            var type = labelSet.Types[labels[w]];
            if (type is null)
            {
                w++;
                continue;
            }

            var first = w;
            var sum = confidence[w];
            w++;
            while (w < words.Count && labelSet.IsInside[labels[w]] && labelSet.Types[labels[w]] == type)
            {
                sum += confidence[w];
                w++;
            }

            spans.Add(new PredictedSpan(words[first].Start, words[w - 1].End, type, sum / (w - first)));
        }

        return spans;
    }
}
