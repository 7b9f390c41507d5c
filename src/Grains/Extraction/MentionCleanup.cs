using EntityGraph.Linking.Mentions;

namespace EntityGraph.Grains.Extraction;

/// <summary>
/// Document-level clean-up of extracted mentions. <see cref="RepairSpans"/> runs on every extraction once the language
/// parts are merged (<see cref="SpanRepair"/>; spans left without a name are dropped, two spans repaired to one place and
/// type become the more confident one). <see cref="UnifyTypes"/> runs before linking, when a document goes into the graph
/// (<see cref="DocumentTypeVote"/>): extraction results keep each mention's own type, the graph gets one type per surface
/// form where most of its mentions agree.
/// </summary>
internal static class MentionCleanup
{
    public static List<ExtractedEntity> RepairSpans(string text, IReadOnlyList<ExtractedEntity> entities)
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

        return repaired
            .GroupBy(entity => (entity.Start, entity.End, entity.Type))
            .Select(same => same.MaxBy(entity => entity.Confidence)!)
            .OrderBy(entity => entity.Start)
            .ThenBy(entity => entity.End)
            .ToList();
    }

    public static List<ExtractedEntity> UnifyTypes(IReadOnlyList<ExtractedEntity> entities)
    {
        var types = DocumentTypeVote.Vote(entities.Select(entity => (entity.Text, entity.Type)).ToList());
        return entities.Select((entity, i) => entity.Type == types[i] ? entity : entity with { Type = types[i] }).ToList();
    }
}
