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
        Field<NonNullGraphType<LongGraphType>>("mentions")
            .Description("Linked mentions: every status but REJECTED (mentions in review count until a reviewer rejects them).")
            .Resolve(context => context.Source.Mentions);
        Field<NonNullGraphType<LongGraphType>>("aliases").Resolve(context => context.Source.Aliases);
        Field<NonNullGraphType<MentionStatusCountsType>>("mentionsByStatus")
            .Description("Every stored mention by status; mentions counts all of them but the rejected.")
            .Resolve(context => context.Source.MentionsByStatus ?? new MentionStatusCounts(0, 0, 0, 0, 0));
    }
}
