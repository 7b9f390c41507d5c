using System.Text;
using EntityGraph.PiiCorpus.Templates;

namespace EntityGraph.PiiCorpus.Generation;

/// <summary>Joins sentence drafts into a document and records the offsets of every value and decoy.</summary>
internal static class DocumentAssembler
{
    /// <summary>
    /// Opener first (then a line break), body sentences in the given order separated by a space (or by a line break after
    /// a label line such as "SSN: …" that ends without sentence punctuation), closer last (after a line break).
    /// </summary>
    public static PiiDocument Assemble(string id, string language, IReadOnlyList<SentenceDraft> drafts)
    {
        var text = new StringBuilder();
        var entities = new List<PiiSpan>();
        var decoys = new List<PiiSpan>();
        var opener = drafts.Where(d => d.Role == TemplateRole.Opener).ToList();
        var body = drafts.Where(d => d.Role == TemplateRole.Body).ToList();
        var closer = drafts.Where(d => d.Role == TemplateRole.Closer).ToList();

        foreach (var draft in opener)
        {
            Append(text, draft, entities, decoys);
            text.Append('\n');
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (i > 0)
            {
                text.Append(text.Length > 0 && ".!?…".Contains(text[^1], StringComparison.Ordinal) ? ' ' : '\n');
            }

            Append(text, body[i], entities, decoys);
        }

        foreach (var draft in closer)
        {
            text.Append('\n');
            Append(text, draft, entities, decoys);
        }

        return new PiiDocument(id, language, text.ToString(), entities, decoys);
    }

    private static void Append(StringBuilder text, SentenceDraft draft, List<PiiSpan> entities, List<PiiSpan> decoys)
    {
        foreach (var piece in draft.Pieces)
        {
            var start = text.Length;
            text.Append(piece.Text);
            if (piece.Type is not null)
            {
                (piece.IsDecoy ? decoys : entities).Add(new PiiSpan(start, text.Length, piece.Type, piece.Text));
            }
        }
    }
}
