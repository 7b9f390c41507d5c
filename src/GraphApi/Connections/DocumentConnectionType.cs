using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

public sealed class DocumentConnectionType() : ConnectionGraphType<DocumentRecord, DocumentType, DocumentEdgeType>("DocumentConnection");
