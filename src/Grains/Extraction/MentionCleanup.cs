using EntityGraph.Linking.Mentions;

namespace EntityGraph.Grains.Extraction;

/// <summary>
/// The document-level step after the language parts are merged: span boundaries repaired (<see cref="SpanRepair"/>;
/// spans left without a name are dropped), then one type per surface form in the document
/// (<see cref="DocumentTypeVote"/>). Two spans repaired to the same place and type become one, the more confident.
/// </summary>
internal static class MentionCleanup
{
    public static List<ExtractedEntity> Apply(string text, IReadOnlyList<ExtractedEntity> entities)
    {
        var repaired = new List<ExtractedEntity>(entities.Count);
        foreach (var entity in entities)
        {
            if (SpanRepair.Repair(text, entity.Start, entity.End, entity.Type, entity.Language) is not { } span)
            {
                continue;
            }

            repaired.Add(span == (entity.Start, entity.End) ? entity : entity with { Start = span.Start, End = span.End, Text = text[span.Start..span.End] });
        }

        var types = DocumentTypeVote.Vote(repaired.Select(entity => (entity.Text, entity.Type, entity.Confidence)).ToList());
        return repaired
            .Select((entity, i) => entity.Type == types[i] ? entity : entity with { Type = types[i] })
            .GroupBy(entity => (entity.Start, entity.End, entity.Type))
            .Select(same => same.MaxBy(entity => entity.Confidence)!)
            .OrderBy(entity => entity.Start)
            .ThenBy(entity => entity.End)
            .ToList();
    }
}
