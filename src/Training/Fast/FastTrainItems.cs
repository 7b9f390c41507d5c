using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Encodes examples into training chunks with a label per word, exactly as the runtime encodes text: pre-tokenized
/// words of the example text, labels from the entity spans (WordLabels), repaired to valid IOB2.
/// </summary>
public static class FastTrainItems
{
    public static List<FastTrainItem> Build(IEnumerable<TextExample> examples, WordFeatureEncoder encoder, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(labels);
        var items = new List<FastTrainItem>();
        foreach (var example in examples)
        {
            var words = new List<WordSpan>();
            PreTokenizer.Split(example.Text, 0, example.Text.Length, words);
            if (words.Count == 0)
            {
                continue;
            }

            var ids = Repair(WordLabels.FromSpans(words, example.Entities).Select(l => labels.IndexOf(l)).ToArray(), labels);
            foreach (var chunk in encoder.Encode(example.Text, words))
            {
                items.Add(new FastTrainItem(chunk, ids.AsSpan(chunk.FirstWord, chunk.Length).ToArray()));
            }
        }

        return items;
    }

    /// <summary>Unknown labels become O; an I-X that does not continue X becomes B-X.</summary>
    public static long[] Repair(int[] ids, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(labels);
        var result = new long[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i] < 0 ? labels.OutsideIndex : ids[i];
            if (!labels.Allowed(i == 0 ? -1 : (int)result[i - 1], id))
            {
                var begin = labels.IndexOf("B-" + labels.Types[id]);
                id = begin < 0 ? labels.OutsideIndex : begin;
            }

            result[i] = id;
        }

        return result;
    }
}
