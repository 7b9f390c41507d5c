using EntityGraph.GraphApi.Loaders;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class SplitEntityPayloadType : ObjectGraphType<SplitEntityPayload>
{
    public SplitEntityPayloadType()
    {
        Name = "SplitEntityPayload";
        Description = "The entity made from the split-off mentions, and the original entity with the rest.";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(context => context.Loaders().Entities.Load(context.Source.EntityId));
        Field<NonNullGraphType<EntityType>>("original").Resolve(context => context.Loaders().Entities.Load(context.Source.OriginalId));
    }
}
