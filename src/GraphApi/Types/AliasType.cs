using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class AliasType : ObjectGraphType<AliasRecord>
{
    public AliasType()
    {
        Name = "Alias";
        Description = "A surface name of an entity in one language, with how often it was seen.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(context => context.Source.Count);
    }
}
