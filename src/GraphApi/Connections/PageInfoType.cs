using GraphQL.Types;

namespace EntityGraph.GraphApi.Connections;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information; cursors are opaque.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(context => context.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(context => context.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(context => context.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(context => context.Source.EndCursor);
    }
}
