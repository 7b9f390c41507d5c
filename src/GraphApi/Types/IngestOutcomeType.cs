using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class IngestOutcomeType : EnumerationGraphType<DocumentWriteOutcome>
{
    public IngestOutcomeType()
    {
        Name = "IngestOutcome";
        Description = "CREATED: new document; UPDATED: content changed and was replaced; UNCHANGED: same content, nothing written.";
    }
}
