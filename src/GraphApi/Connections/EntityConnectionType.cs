using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class EntityConnectionType() : ConnectionGraphType<EntityRecord, EntityType, EntityEdgeType>("EntityConnection");
