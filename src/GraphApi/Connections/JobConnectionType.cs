using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class JobConnectionType() : ConnectionGraphType<JobRecord, JobType, JobEdgeType>("JobConnection");
