using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RelatedEntityType : ObjectGraphType<RelatedEntityRecord>
{
    public RelatedEntityType()
    {
        Name = "RelatedEntity";
        Description = "An entity co-occurring with another, with its association score and the number of shared documents.";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(context => context.Loaders().Entities.Load(context.Source.EntityId));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("coOccurrenceCount").Resolve(context => context.Source.CoOccurrenceCount);
    }
}
