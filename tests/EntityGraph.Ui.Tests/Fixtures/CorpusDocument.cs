using System.Security.Cryptography;
using System.Text;
using EntityGraph.Storage;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>A document of the UI test corpus and the store write made from it (mentions in text order, UTF-16 offsets).</summary>
public sealed class CorpusDocument
{
    public const string ModelId = "ui-test-model";

    public CorpusDocument(string id, string language, string title, string text, IReadOnlyList<CorpusSpan> spans, IReadOnlyList<string>? tags = null)
    {
        var mentions = spans
            .Select(span => ToMention(text, language, span))
            .OrderBy(mention => mention.Start)
            .ToArray();
        var entities = spans.Select(span => span.Entity).Distinct().Select(entity => entity.ToWrite()).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Write = new DocumentWrite(id, language, 0.9, title, null, hash, text, false, entities, mentions, [.. (tags ?? []).Select(tag => new TagRecord(tag, false, 0.8))])
        {
            // Every entity equally central, so related documents are ranked by the rarity of what they share.
            Saliences = [.. entities.Select(entity => new EntitySalienceWrite(entity.Id, 0.5))],
        };
    }

    public DocumentWrite Write { get; }

    public string Id => Write.Id;

    public string Text => Write.Text;

    /// <summary>The exact original characters of each mention, in text order.</summary>
    public IReadOnlyList<string> MentionSubstrings => Write.Mentions.Select(mention => Text[mention.Start..mention.End]).ToArray();

    private static MentionWrite ToMention(string text, string language, CorpusSpan span)
    {
        var start = -1;
        for (var seen = 0; seen < span.Occurrence; seen++)
        {
            start = text.IndexOf(span.Surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{span.Surface}' does not occur {span.Occurrence} time(s) in '{text}'.", nameof(span));
            }
        }

        return new MentionWrite(span.Entity.Id, start, start + span.Surface.Length, span.Surface, span.Entity.Type, 0.9, ModelId, language);
    }
}
