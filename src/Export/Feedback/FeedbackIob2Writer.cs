using EntityGraph.Corpus;
using EntityGraph.Text.Segmentation;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Export.Feedback;

/// <summary>
/// Writes a feedback document as IOB2 with the project's own sentences (<see cref="SentenceSplitter"/>) and words
/// (<see cref="PreTokenizer"/>): a word inside an entity span is B- (first) or I- (after) its type, every other word O.
/// </summary>
public static class FeedbackIob2Writer
{
    public static async Task<int> WriteAsync(FeedbackDocument document, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var spans = document.Entities.Select(e => new EntitySpan(e.Start, e.End, e.Type)).ToList();
        var sentences = 0;
        var words = new List<WordSpan>();
        foreach (var (start, end) in SentenceSplitter.Split(document.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            words.Clear();
            PreTokenizer.Split(document.Text, start, end, words);
            if (words.Count == 0)
            {
                continue;
            }

            var tags = TagSpans.ToTokenTags(spans, words.Select(w => (w.Start, w.End)).ToList());
            for (var i = 0; i < words.Count; i++)
            {
                await writer.WriteAsync($"{document.Text[words[i].Start..words[i].End]}\t{tags[i]}\n");
            }

            await writer.WriteAsync('\n');
            sentences++;
        }

        return sentences;
    }
}
