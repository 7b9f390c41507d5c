using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class AliasType : ObjectGraphType<AliasRecord>
{
    public AliasType()
    {
        Name = "Alias";
        Description = "A name of an entity in one language: seen in mentions (with how often), or added by curation or alias import (manual).";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Mentions with this name.").Resolve(context => context.Source.Count);
        Field<NonNullGraphType<BooleanGraphType>>("manual").Description("Added by curation or alias import.").Resolve(context => context.Source.Manual);
    }
}
