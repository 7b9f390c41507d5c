using EntityGraph.Grains;

namespace EntityGraph.GraphApi.Types;

/// <summary>What <c>ingestDocument</c> returns: the pipeline's result; the stored document is loaded on demand.</summary>
public sealed record IngestDocumentPayload(IngestResult Result);
