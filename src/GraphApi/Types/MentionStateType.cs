using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class MentionStateType : ObjectGraphType<MentionState>
{
    public MentionStateType()
    {
        Name = "MentionState";
        Description = "A mention as it was at one moment of its review.";
        Field<NonNullGraphType<MentionStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<IdGraphType>("entityId").Description("Null while rejected.").Resolve(context => context.Source.EntityId);
    }
}
