using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class JobEdgeType() : EdgeGraphType<JobRecord, JobType>("JobEdge");
