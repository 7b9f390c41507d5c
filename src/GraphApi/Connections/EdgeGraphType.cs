using GraphQL.Types;

namespace EntityGraph.GraphApi.Connections;

/// <summary>Base of the edge types: a cursor and a node.</summary>
public abstract class EdgeGraphType<TNode, TNodeGraphType> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(context => context.Source.Node);
    }
}
