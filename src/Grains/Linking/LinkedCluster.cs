using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.InDocument;

namespace EntityGraph.Grains.Linking;

/// <summary>A document's mention cluster with the entity it was linked to and the decision that linked it.</summary>
internal sealed record LinkedCluster(MentionCluster Cluster, string EntityId, LinkDecision Decision);
