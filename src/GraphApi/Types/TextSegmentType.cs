using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class TextSegmentType : ObjectGraphType<TextSegment>
{
    public TextSegmentType()
    {
        Name = "TextSegment";
        Description = "A run of document text; runs that are entity mentions carry the mention and its entity.";
        Field<NonNullGraphType<IntGraphType>>("start").Description("UTF-16 offset, inclusive.").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("UTF-16 offset, exclusive.").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("highlighted").Resolve(context => context.Source.Mention is not null);
        Field<StringGraphType>("type").Resolve(context => context.Source.Mention?.Type);
        Field<IdGraphType>("entityId").Resolve(context => context.Source.Mention?.EntityId);
        Field<MentionType>("mention").Resolve(context => context.Source.Mention);
        Field<EntityType>("entity").Resolve(context =>
            context.Source.Mention is { } mention
                ? context.Loaders().Entities.Load(mention.LinkedEntityId)
                : LoaderResult<EntityRecord?>.FromValue(null));
    }
}
