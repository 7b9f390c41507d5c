using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class EntityEdgeType() : EdgeGraphType<EntityRecord, EntityType>("EntityEdge");
