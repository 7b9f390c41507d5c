using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class IngestJobOptionsInputType : InputObjectGraphType<IngestJobOptionsInput>
{
    public IngestJobOptionsInputType()
    {
        Name = "IngestJobOptions";
        Description = "Options applied to every document of an ingest job.";
        Field<AccuracyType>("accuracy").DefaultValue(ExtractionAccuracy.Best);
        Field<StringGraphType>("language").Description("ISO 639-1 code for documents that do not name one; detected when left out.");
        Field<StringGraphType>("domain").Description("Domain of every document that does not name its own.");
        Field<BooleanGraphType>("redact").DefaultValue(false).Description("Redact personal data before storing.");
        Field<IntGraphType>("parallelism").DefaultValue(4).Description("Documents in flight at once (1-64), sent to document grains over the whole cluster.");
    }
}
