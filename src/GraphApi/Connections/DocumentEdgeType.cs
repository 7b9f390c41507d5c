using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class DocumentEdgeType() : EdgeGraphType<DocumentRecord, DocumentType>("DocumentEdge");
