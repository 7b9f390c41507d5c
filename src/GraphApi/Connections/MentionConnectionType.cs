using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class MentionConnectionType() : ConnectionGraphType<MentionRecord, MentionType, MentionEdgeType>("MentionConnection");
