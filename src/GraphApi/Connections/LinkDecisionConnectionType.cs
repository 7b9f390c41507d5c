using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class LinkDecisionConnectionType() : ConnectionGraphType<LinkDecisionRecord, LinkDecisionType, LinkDecisionEdgeType>("LinkDecisionConnection");
