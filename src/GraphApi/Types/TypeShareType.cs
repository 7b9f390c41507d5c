using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class TypeShareType : ObjectGraphType<KeyValuePair<string, double>>
{
    public TypeShareType()
    {
        Name = "TypeShare";
        Description = "The share of one entity type among a set of entities.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<FloatGraphType>>("share").Resolve(context => context.Source.Value);
    }
}
