using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class StatisticsType : ObjectGraphType<GraphStatistics>
{
    public StatisticsType()
    {
        Name = "Statistics";
        Description = "Totals of the graph.";
        Field<NonNullGraphType<LongGraphType>>("entities").Resolve(context => context.Source.Entities);
        Field<NonNullGraphType<LongGraphType>>("documents").Resolve(context => context.Source.Documents);
        Field<NonNullGraphType<LongGraphType>>("mentions").Resolve(context => context.Source.Mentions);
        Field<NonNullGraphType<LongGraphType>>("aliases").Resolve(context => context.Source.Aliases);
    }
}
