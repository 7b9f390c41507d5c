using EntityGraph.Grains.Entities;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.InDocument;
using EntityGraph.Linking.Options;
using EntityGraph.Storage;
using Microsoft.Extensions.Options;

namespace EntityGraph.Grains.Linking;

/// <summary>
/// Links the mentions of one document. In-document linking (<see cref="DocumentLinker"/>) makes one cluster per
/// real-world thing. Each cluster asks the <see cref="IEntityGrain"/> of its key (then of its alternate keys) for the
/// entity the key links to. Clusters left over are decided by <see cref="CrossDocumentLinker"/> against stored candidates,
/// with the entities found so far as the document's context; clusters linked in one round are context for the next (up to
/// three rounds). A fuzzy link or a new entity is claimed through the key's grain, so concurrent documents agree; alias
/// and partial links depend on context and are not claimed.
/// </summary>
internal sealed class DocumentLinkingFlow(IGrainFactory grains, IGraphStore store, DocumentLinker linker, CrossDocumentLinker decider, IOptions<LinkingOptions> options)
{
    /// <summary>Rounds of cross-document decisions; a cluster linked in one round becomes context for the next.</summary>
    private const int MaxContextPasses = 3;

    public async Task<IReadOnlyList<LinkedCluster>> LinkAsync(IReadOnlyList<ExtractedEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var clusters = linker.Link(entities.Select(e => new LinkMention(e.Start, e.End, e.Text, e.Type, e.Language)).ToList());
        var exact = await Task.WhenAll(clusters.Select(cluster => FindAsync(cluster, cancellationToken)));
        var context = exact.Where(found => found.EntityId is not null).Select(found => found.EntityId!).Distinct(StringComparer.Ordinal).ToList();
        var linked = new LinkedCluster?[clusters.Count];
        var pending = new List<int>();
        for (var i = 0; i < clusters.Count; i++)
        {
            if (exact[i].EntityId is { } id)
            {
                linked[i] = new LinkedCluster(clusters[i], id, decider.Exact(clusters[i], id, exact[i].Key));
            }
            else
            {
                pending.Add(i);
            }
        }

        var decisions = new Dictionary<int, LinkDecision>();
        for (var pass = 0; pass < MaxContextPasses && pending.Count > 0; pass++)
        {
            var linkedBefore = pending.Count;
            foreach (var i in pending.ToList())
            {
                var candidates = await store.FindLinkCandidatesAsync(new LinkCandidateQuery(clusters[i].Type, clusters[i].Key, context, options.Value.MaxCandidates), cancellationToken);
                var decision = decider.Decide(clusters[i], candidates.Select(ToCandidate).ToList());
                decisions[i] = decision;
                if (decision.EntityId is { } chosen)
                {
                    var entityId = decision.Kind == LinkDecisionKinds.Fuzzy ? await ClaimAsync(clusters[i], chosen, cancellationToken) : chosen;
                    linked[i] = new LinkedCluster(clusters[i], entityId, entityId == chosen ? decision : decider.Exact(clusters[i], entityId, clusters[i].Key));
                    pending.Remove(i);
                    context.Add(entityId);
                }
            }

            if (pending.Count == linkedBefore)
            {
                break;
            }
        }

        foreach (var i in pending)
        {
            var proposed = EntityIds.Create(clusters[i].Type, clusters[i].Key);
            var entityId = await ClaimAsync(clusters[i], proposed, cancellationToken);
            linked[i] = new LinkedCluster(clusters[i], entityId, entityId == proposed ? decisions[i] : decider.Exact(clusters[i], entityId, clusters[i].Key));
        }

        return linked.Select(cluster => cluster!).ToList();
    }

    private async Task<(string? EntityId, string Key)> FindAsync(MentionCluster cluster, CancellationToken cancellationToken)
    {
        foreach (var key in cluster.AlternateKeys.Prepend(cluster.Key))
        {
            var found = await Grain(cluster.Type, key).FindAsync(Candidate(cluster, key), cancellationToken);
            if (found is not null)
            {
                return (found, key);
            }
        }

        return (null, cluster.Key);
    }

    private Task<string> ClaimAsync(MentionCluster cluster, string proposedEntityId, CancellationToken cancellationToken) =>
        Grain(cluster.Type, cluster.Key).ClaimAsync(Candidate(cluster, cluster.Key), proposedEntityId, cancellationToken);

    private IEntityGrain Grain(string type, string key) => grains.GetGrain<IEntityGrain>(EntityKeys.For(type, key));

    private static EntityCandidate Candidate(MentionCluster cluster, string key) => new(cluster.Type, key, cluster.CanonicalName, cluster.Language);

    private static StoredCandidate ToCandidate(LinkCandidateRecord record) => new(
        record.Entity.Id,
        record.Entity.Type,
        record.Entity.CanonicalName,
        record.Entity.NormalizedKey,
        record.Entity.MentionCount,
        record.MatchedNames,
        record.SimilarKeys,
        record.SharedContextEntityIds);
}
