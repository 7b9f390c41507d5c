using System.Globalization;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class MentionType : ObjectGraphType<MentionRecord>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "One occurrence of an entity in a document; offsets are UTF-16 code units of the original text.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IdGraphType>>("documentId").Resolve(context => context.Source.DocumentId);
        Field<DocumentType>("document").Description("The document the mention is in.").Resolve(context => context.Loaders().Documents.Load(context.Source.DocumentId));
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(context => context.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("modelId").Resolve(context => context.Source.ModelId);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<MentionStatusType>>("status")
            .Description("ACCEPTED, IN_REVIEW or REJECTED as confidence routed it; after review ACCEPTED, REJECTED, CORRECTED or ADDED.")
            .Resolve(context => context.Source.Status);
        Field<StringGraphType>("reviewedBy").Description("Who decided the mention (the API key's name, or the reviewer argument without a key).").Resolve(context => context.Source.ReviewedBy);
        Field<DateTimeOffsetGraphType>("reviewedAt").Description("When a reviewer decided the mention (UTC).").Resolve(context => context.Source.ReviewedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionReviewType>>>>("reviews")
            .Description("Every review decision on this mention, oldest first: who, when, the mention before and after.")
            .Resolve(context => context.Loaders().Reviews.Load(context.Source.Id).Then(reviews => reviews ?? []));
        Field<EntityType>("entity")
            .Description("The entity the mention links to; null for a rejected mention.")
            .Resolve(context => context.Source.EntityId is { } id ? context.Loaders().Entities.Load(id) : LoaderResult<EntityRecord?>.FromValue(null));
    }
}
