using EntityGraph.GraphApi.Connections;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Options;
using EntityGraph.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Types;

public sealed class EntityType : ObjectGraphType<EntityRecord>
{
    public EntityType(IOptions<GraphApiOptions> options)
    {
        var limits = options.Value;
        Name = "Entity";
        Description = "One real-world thing, linked across documents and languages.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("PER, ORG, LOC, MISC...").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("canonicalName").Resolve(context => context.Source.CanonicalName);
        Field<NonNullGraphType<StringGraphType>>("normalizedKey").Resolve(context => context.Source.NormalizedKey);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(context => context.Source.MentionCount);
        Field<NonNullGraphType<IntGraphType>>("documentCount").Resolve(context => context.Source.DocumentCount);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasType>>>>("aliases")
            .Description("Names seen for this entity, most frequent first; optionally only those of one language.")
            .Argument<StringGraphType>("language")
            .Resolve(context =>
            {
                var language = context.GetArgument<string?>("language");
                return context.Loaders().Aliases.Load(context.Source.Id).Then(aliases =>
                    (IReadOnlyList<AliasRecord>)(aliases ?? [])
                        .Where(alias => language is null || string.Equals(alias.Language, language, StringComparison.OrdinalIgnoreCase))
                        .ToArray());
            });

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Description("Documents mentioning this entity, newest first.")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var query = new DocumentQuery(context.Source.Id, null, null, page.First, page.Offset);
                var result = await context.Store().ListDocumentsAsync(query, context.CancellationToken);
                return (object)RelayConnection<DocumentRecord>.FromPage(result);
            });

        Field<NonNullGraphType<LinkDecisionConnectionType>>("linkDecisions")
            .Description("Why mentions were joined to this entity (or it was curated, or proposed as a candidate), newest first.")
            .Argument<StringGraphType>("kind", "Only decisions of this kind (exact, alias, partial, fuzzy, new, candidate, in-document, merge...).")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var kind = context.GetArgument<string?>("kind");
                var query = new LinkDecisionQuery(context.Source.Id, string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), page.First, page.Offset);
                return (object)RelayConnection<LinkDecisionRecord>.FromPage(await context.Store().GetLinkDecisionsAsync(query, context.CancellationToken));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedEntityType>>>>("relatedEntities")
            .Description("Entities co-occurring with this one, strongest association (normalized PMI) first.")
            .FirstArgument(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.FromFirst(context, limits);
                return (object)await context.Store().GetRelatedEntitiesAsync(context.Source.Id, page.First, context.CancellationToken);
            });
    }
}
