using GraphQL.Types;

namespace EntityGraph.GraphApi.Connections;

/// <summary>Base of the Relay connection types: edges, nodes, pageInfo and totalCount.</summary>
public abstract class ConnectionGraphType<TNode, TNodeGraphType, TEdgeGraphType> : ObjectGraphType<RelayConnection<TNode>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The nodes of the edges, for clients that need no cursors.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node).ToArray());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Matches over all pages.")
            .Resolve(context => context.Source.TotalCount);
    }
}
