using EntityGraph.GraphApi.Connections;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Options;
using EntityGraph.Storage;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Types;

public sealed class DocumentType : ObjectGraphType<DocumentRecord>
{
    public DocumentType(IOptions<GraphApiOptions> options)
    {
        var limits = options.Value;
        Name = "Document";
        Description = "A stored document with its text, tags and entity mentions.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<FloatGraphType>>("languageConfidence").Resolve(context => context.Source.LanguageConfidence);
        Field<StringGraphType>("title").Resolve(context => context.Source.Title);
        Field<StringGraphType>("source").Resolve(context => context.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("contentHash").Resolve(context => context.Source.ContentHash);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("usedFallbackModel")
            .Description("True when some of the text was served by the multilingual fallback model.")
            .Resolve(context => context.Source.UsedFallbackModel);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(context => context.Source.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagType>>>>("tags").Resolve(context => context.Source.Tags);
        Field<StringGraphType>("domain").Description("The document's domain (for example politics), when it was given one.").Resolve(context => context.Source.Domain);
        Field<StringGraphType>("reviewedBy").Description("Who completed the document's review; null while it is not complete.").Resolve(context => context.Source.Review?.ReviewedBy);
        Field<DocumentOriginType>("origin")
            .Description("The file, format and part the document was read from, with the format's metadata; null for a document that came from no file (or was stored before origins were kept).")
            .Resolve(context => context.Source.Origin);
        Field<DocumentType>("parent")
            .Description("The document this one is attached to (an attachment's e-mail); null when there is none or it is not stored.")
            .Resolve(context => context.Source.Origin?.ParentId is { } parentId ? context.Loaders().Documents.Load(parentId) : null);
        Field<DateTimeOffsetGraphType>("reviewedAt").Description("When the document's review was completed (it is then training data); null before.").Resolve(context => context.Source.Review?.ReviewedAt);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DetectedLanguagePartType>>>>("languageParts")
            .Description("The text's parts by language as language detection splits it now (the store keeps each mention's language, not the parts); needs the silo, else SERVICE_UNAVAILABLE. The texts of every document asked for in one request are detected in one grain call.")
            .Resolve(context => context.LanguageParts().Parts.Load(context.Source.Text).Then(parts => parts ?? []));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("Linked entity mentions (every status but REJECTED) in text order.")
            .Resolve(context => LoadMentions(context.Loaders(), context.Source.Id));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("entities")
            .Description("The distinct entities mentioned, in order of first mention.")
            .Resolve(context =>
            {
                var loaders = context.Loaders();
                return LoadMentions(loaders, context.Source.Id).ThenLoad(mentions =>
                    loaders.Entities.LoadMany(mentions.Select(mention => mention.LinkedEntityId).Distinct(StringComparer.Ordinal)));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextSegmentType>>>>("highlights")
            .Description("The whole text cut into consecutive segments; mention segments carry their entity. Joined, the texts give back the document text.")
            .Resolve(context =>
            {
                var text = context.Source.Text;
                return LoadMentions(context.Loaders(), context.Source.Id).Then(mentions => Highlighter.Segment(text, mentions));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedDocumentType>>>>("relatedDocuments")
            .Description("Documents sharing entities with this one; shared rare entities count most.")
            .FirstArgument(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.FromFirst(context, limits);
                return (object)await context.Store().GetRelatedDocumentsAsync(context.Source.Id, page.First, context.CancellationToken);
            });
    }

    private static LoaderResult<IReadOnlyList<MentionRecord>> LoadMentions(LoaderRegistry loaders, string documentId) =>
        loaders.Mentions.Load(documentId).Then(mentions => mentions ?? []);
}
