using EntityGraph.GraphApi.Loaders;
using EntityGraph.Grains;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class ExtractedEntityType : ObjectGraphType<ExtractedEntity>
{
    public ExtractedEntityType()
    {
        Name = "ExtractedEntity";
        Description = "An entity mention found in a text; offsets are UTF-16 code units of the original text.";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(context => context.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("modelId").Resolve(context => context.Source.ModelId);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<IdGraphType>("entityId").Description("Set when the mention was linked to a stored entity (ingestion only).").Resolve(context => context.Source.EntityId);
        Field<EntityType>("entity").Resolve(context =>
            context.Source.EntityId is { } id
                ? context.Loaders().Entities.Load(id)
                : LoaderResult<EntityRecord?>.FromValue(null));
    }
}
