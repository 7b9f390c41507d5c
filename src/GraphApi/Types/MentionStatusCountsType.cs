using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class MentionStatusCountsType : ObjectGraphType<MentionStatusCounts>
{
    public MentionStatusCountsType()
    {
        Name = "MentionStatusCounts";
        Description = "Stored mentions per status.";
        Field<NonNullGraphType<LongGraphType>>("accepted").Resolve(context => context.Source.Accepted);
        Field<NonNullGraphType<LongGraphType>>("inReview").Resolve(context => context.Source.InReview);
        Field<NonNullGraphType<LongGraphType>>("rejected").Resolve(context => context.Source.Rejected);
        Field<NonNullGraphType<LongGraphType>>("corrected").Resolve(context => context.Source.Corrected);
        Field<NonNullGraphType<LongGraphType>>("added").Resolve(context => context.Source.Added);
    }
}
