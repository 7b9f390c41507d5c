using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class AccuracyType : EnumerationGraphType<ExtractionAccuracy>
{
    public AccuracyType()
    {
        Name = "Accuracy";
        Description = "BEST uses the most accurate model of a language, FAST the low-latency one.";
    }
}
