using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class MentionEdgeType() : EdgeGraphType<MentionRecord, MentionType>("MentionEdge");
