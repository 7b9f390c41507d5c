using System.Globalization;
using EntityGraph.Grains.Linking;
using EntityGraph.Grains.Options;
using EntityGraph.Grains.Tagging;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.Normalization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// Assembles the single store write of a document from its extraction and linked clusters: entities (one per id),
/// mentions, the keys to register (a cluster's key and alternate keys, unless it was linked by context-dependent alias or
/// partial evidence), saliences, automatic tags and the link decisions that explain every join.
/// </summary>
internal static class DocumentWriteBuilder
{
    private const double InDocumentScore = 0.9;

    public static (DocumentWrite Write, ExtractionResult Linked) Build(
        ValidatedDocument document,
        string contentHash,
        ExtractionResult extraction,
        IReadOnlyList<ExtractedEntity> rejected,
        IReadOnlyList<LinkedCluster> clusters,
        IReadOnlyDictionary<string, string> storedNames,
        IngestOptions options)
    {
        var linked = extraction.Entities.ToArray();
        var entities = new Dictionary<string, EntityWrite>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var keys = new List<EntityKeyWrite>();
        var decisions = new List<LinkDecisionWrite>();
        foreach (var (cluster, id, decision) in clusters)
        {
            foreach (var index in cluster.MentionIndexes)
            {
                linked[index] = linked[index] with { Type = cluster.Type, EntityId = id };
            }

            if (!entities.ContainsKey(id))
            {
                entities[id] = new EntityWrite(id, cluster.Type, cluster.CanonicalName, cluster.Key);
                names[id] = [];
            }

            names[id].Add(cluster.CanonicalName);
            if (decision.Kind is not LinkDecisionKinds.Alias and not LinkDecisionKinds.Partial)
            {
                keys.AddRange(cluster.AlternateKeys.Prepend(cluster.Key).Select(key => new EntityKeyWrite(cluster.Type, key, id)));
            }

            decisions.Add(new LinkDecisionWrite(id, cluster.CanonicalName, decision.Kind, decision.Score, decision.Reason, decision.CandidateEntityId, decision.SharedEntityIds));
            decisions.AddRange(cluster.Links
                .DistinctBy(link => (link.Surface, link.Rule))
                .Select(link => new LinkDecisionWrite(
                    id,
                    link.Surface,
                    LinkDecisionKinds.InDocument,
                    InDocumentScore,
                    string.Create(CultureInfo.InvariantCulture, $"'{link.Surface}' is the {link.Rule} of '{link.Target}' in this document"))));
        }

        foreach (var (id, seen) in names)
        {
            entities[id] = entities[id] with { CanonicalName = CanonicalNames.Select(entities[id].Type, seen) };
        }

        var mentions = linked
            .Where(m => m.EntityId is not null)
            .GroupBy(m => (m.EntityId, m.Start, m.End))
            .Select(g => g.MaxBy(m => m.Confidence)!)
            .Select(m => new MentionWrite(m.EntityId!, m.Start, m.End, m.Text, m.Type, Math.Clamp(m.Confidence, 0, 1), m.ModelId, m.Language, m.Status ?? MentionStatus.Accepted, m.AcceptThreshold))
            .ToList();
        var rejectedWrites = rejected
            .DistinctBy(m => (m.Type, m.Start, m.End))
            .Select(m => new RejectedMentionWrite(m.Start, m.End, m.Text, m.Type, Math.Clamp(m.Confidence, 0, 1), m.ModelId, m.Language, m.AcceptThreshold))
            .ToList();

        var displayNames = entities.ToDictionary(
            e => e.Key,
            e => storedNames.TryGetValue(e.Key, out var stored) ? stored : e.Value.CanonicalName,
            StringComparer.Ordinal);
        var saliences = SalienceScorer.Score(linked, displayNames, document.Text.Length, document.Title);
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
            tags,
            keys.DistinctBy(k => (k.Type, k.NormalizedKey)).ToList(),
            saliences.Select(s => new EntitySalienceWrite(s.EntityId, s.Score)).ToList(),
            decisions,
            Rejected: rejectedWrites,
            Domain: document.Domain,
            Origin: document.Origin);
        return (write, extraction with { Entities = linked });
    }
}
