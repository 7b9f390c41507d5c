using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class LinkDecisionEdgeType() : EdgeGraphType<LinkDecisionRecord, LinkDecisionType>("LinkDecisionEdge");
