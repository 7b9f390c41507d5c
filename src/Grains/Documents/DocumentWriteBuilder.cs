using EntityGraph.Grains.Linking;
using EntityGraph.Grains.Options;
using EntityGraph.Grains.Tagging;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>Assembles the single store write of a document from its extraction and the resolved entity ids.</summary>
internal static class DocumentWriteBuilder
{
    public static (DocumentWrite Write, ExtractionResult Linked) Build(
        ValidatedDocument document,
        string contentHash,
        ExtractionResult extraction,
        IReadOnlyList<MentionGroup> groups,
        IReadOnlyList<string> entityIds,
        IReadOnlyDictionary<string, string> storedNames,
        IngestOptions options)
    {
        var linked = extraction.Entities.ToArray();
        var entities = new Dictionary<string, EntityWrite>(StringComparer.Ordinal);
        var surfacesById = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var id = entityIds[g];
            foreach (var index in group.MentionIndexes)
            {
                linked[index] = linked[index] with { Type = group.Type, EntityId = id };
            }

            if (!surfacesById.TryGetValue(id, out var surfaces))
            {
                surfaces = [];
                surfacesById[id] = surfaces;
                entities[id] = new EntityWrite(id, group.Type, group.CanonicalName, group.NormalizedKey);
            }

            surfaces.AddRange(group.MentionIndexes.Select(i => extraction.Entities[i].Text));
        }

        foreach (var (id, surfaces) in surfacesById)
        {
            entities[id] = entities[id] with { CanonicalName = CanonicalNames.Select(entities[id].Type, surfaces) };
        }

        var mentions = linked
            .Where(m => m.EntityId is not null)
            .GroupBy(m => (m.EntityId, m.Start, m.End))
            .Select(g => g.MaxBy(m => m.Confidence)!)
            .Select(m => new MentionWrite(m.EntityId!, m.Start, m.End, m.Text, m.Type, Math.Clamp(m.Confidence, 0, 1), m.ModelId, m.Language))
            .ToList();

        var names = entities.ToDictionary(
            e => e.Key,
            e => storedNames.TryGetValue(e.Key, out var stored) ? stored : e.Value.CanonicalName,
            StringComparer.Ordinal);
        var saliences = SalienceScorer.Score(linked, names, document.Text.Length, document.Title);
        var tags = AutomaticTagger.Select(saliences, options.AutomaticTagCount, options.MinTagSalience)
            .Where(t => !document.Tags.Contains(t.Name, StringComparer.OrdinalIgnoreCase))
            .ToList();

        var write = new DocumentWrite(
            document.Id,
            extraction.Language,
            extraction.LanguageConfidence,
            document.Title,
            document.Source,
            contentHash,
            document.Text,
            extraction.UsedFallback,
            entities.Values.ToList(),
            mentions,
            tags);
        return (write, extraction with { Entities = linked });
    }
}
