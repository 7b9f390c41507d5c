using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;

namespace EntityGraph.Training.Training;

/// <summary>Encodes examples into windows with a label on the first piece of every word, exactly as the runtime encodes text.</summary>
public static class TrainItemBuilder
{
    public const long Ignore = -100;

    public static List<TrainItem> Build(IEnumerable<TextExample> examples, SpanPredictor predictor, int group = 0)
    {
        var items = new List<TrainItem>();
        foreach (var example in examples)
        {
            var prepared = predictor.Prepare(example.Text, 0, example.Text.Length);
            var wordLabels = WordLabels.FromSpans(prepared.Encoded.Words, example.Entities);
            foreach (var window in prepared.Windows)
            {
                var labels = Enumerable.Repeat(Ignore, window.Length).ToArray();
                for (var w = 0; w < window.WordCount; w++)
                {
                    var position = window.FirstPieceOfWord[w];
                    if (position > 0 && position < window.Length - 1 && labels[position] == Ignore)
                    {
                        var index = predictor.Labels.IndexOf(wordLabels[window.FirstWord + w]);
                        labels[position] = index < 0 ? predictor.Labels.OutsideIndex : index;
                    }
                }

                items.Add(new TrainItem(window.InputIds, window.CasingIds, labels, group));
            }
        }

        return items;
    }
}
