using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class MentionReviewType : ObjectGraphType<MentionReviewRecord>
{
    public MentionReviewType()
    {
        Name = "MentionReview";
        Description = "One review decision: ACCEPT, REJECT, CORRECT or ADD, who made it, when, and the mention before and after.";
        Field<NonNullGraphType<StringGraphType>>("action").Resolve(context => context.Source.Action);
        Field<StringGraphType>("reviewer").Resolve(context => context.Source.Reviewer);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(context => context.Source.At);
        Field<MentionStateType>("before").Description("Null for an added mention.").Resolve(context => context.Source.Before);
        Field<MentionStateType>("after").Resolve(context => context.Source.After);
    }
}
