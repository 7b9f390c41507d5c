using EntityGraph.GraphApi.Security;
using EntityGraph.Security;
using EntityGraph.Grains;
using EntityGraph.GraphApi.Connections;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Options;
using EntityGraph.GraphApi.Types;
using EntityGraph.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// Read side of the graph. Lookups by id of something missing return null with a NOT_FOUND error;
/// filters (entityId, tag, language, type) that match nothing return an empty connection.
/// </summary>
public sealed class QueryType : ObjectGraphType
{
    public const int MaxSearchLength = 200;

    public QueryType(IOptions<GraphApiOptions> options)
    {
        var limits = options.Value;
        Name = "Query";

        Field<EntityType>("entity")
            .Description("An entity by id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Loaders().Entities.Load(id).Then(entity => entity ?? throw ApiError.NotFound("entity", id));
            });

        Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Entities whose name or any alias (any language, case and accents ignored) contains the search text, most mentioned first.")
            .Argument<StringGraphType>("search")
            .Argument<StringGraphType>("type", "Only entities of this type (PER, ORG, LOC, MISC...).")
            .Argument<StringGraphType>("language", "Only entities with an alias in this language.")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var search = Blank(context.GetArgument<string?>("search"));
                if (search is { Length: > MaxSearchLength })
                {
                    throw ApiError.InvalidArgument($"'search' must be at most {MaxSearchLength} characters (was {search.Length}).");
                }

                var query = new EntityQuery(search, Blank(context.GetArgument<string?>("type")), Blank(context.GetArgument<string?>("language")), page.First, page.Offset);
                return (object)RelayConnection<EntityRecord>.FromPage(await context.Store().SearchEntitiesAsync(query, context.CancellationToken));
            });

        Field<DocumentType>("document")
            .Description("A document by id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return context.Loaders().Documents.Load(id).Then(document => document ?? throw ApiError.NotFound("document", id));
            });

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Description("Documents filtered by entity, tag, language and parent document (an e-mail's attachments; all optional), newest first.")
            .Argument<IdGraphType>("entityId")
            .Argument<StringGraphType>("tag")
            .Argument<StringGraphType>("language")
            .Argument<IdGraphType>("parentId")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var query = new DocumentQuery(
                    Blank(context.GetArgument<string?>("entityId")),
                    Blank(context.GetArgument<string?>("tag")),
                    Blank(context.GetArgument<string?>("language")),
                    page.First,
                    page.Offset,
                    Blank(context.GetArgument<string?>("parentId")));
                return (object)RelayConnection<DocumentRecord>.FromPage(await context.Store().ListDocumentsAsync(query, context.CancellationToken));
            });

        Field<ListGraphType<NonNullGraphType<RelatedDocumentType>>>("relatedDocuments")
            .Description("Documents sharing entities with the given one, best first; null with NOT_FOUND for an unknown document.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId")
            .FirstArgument(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.FromFirst(context, limits);
                var id = context.GetArgument<string>("documentId");
                _ = await context.Loaders().Documents.Load(id).GetResultAsync(context.CancellationToken) ?? throw ApiError.NotFound("document", id);
                return (object)await context.Store().GetRelatedDocumentsAsync(id, page.First, context.CancellationToken);
            });

        Field<ListGraphType<NonNullGraphType<RelatedEntityType>>>("relatedEntities")
            .Description("Entities co-occurring with the given one, strongest association first; null with NOT_FOUND for an unknown entity.")
            .Argument<NonNullGraphType<IdGraphType>>("entityId")
            .FirstArgument(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.FromFirst(context, limits);
                var id = context.GetArgument<string>("entityId");
                _ = await context.Loaders().Entities.Load(id).GetResultAsync(context.CancellationToken) ?? throw ApiError.NotFound("entity", id);
                return (object)await context.Store().GetRelatedEntitiesAsync(id, page.First, context.CancellationToken);
            });

        Field<NonNullGraphType<LinkDecisionConnectionType>>("linkDecisions")
            .Description("Link decisions over the whole graph, newest first; kind: \"candidate\" lists links that were not made, for review.")
            .Argument<StringGraphType>("kind")
            .Argument<IdGraphType>("entityId", "Only decisions about this entity (as linked entity or as candidate).")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var query = new LinkDecisionQuery(Blank(context.GetArgument<string?>("entityId")), Blank(context.GetArgument<string?>("kind")), page.First, page.Offset);
                return (object)RelayConnection<LinkDecisionRecord>.FromPage(await context.Store().GetLinkDecisionsAsync(query, context.CancellationToken));
            });

        ReviewFields.RegisterQueries(this, limits);
        JobFields.RegisterQueries(this, limits);
        RedactionFields.RegisterQueries(this);

        Field<NonNullGraphType<StatisticsType>>("statistics")
            .ResolveAsync(async context => (object)await context.Store().GetStatisticsAsync(context.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelType>>>>("models")
            .RequiresRole(ApiRoles.Reader)
            .Description("The NER models the answering silo can serve: routes, dev F1 per dev set, calibration, loaded or not.")
            .ResolveAsync(async context => (object)await context.Grains().GetGrain<IModelCatalogGrain>(0).ListAsync(context.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelHealthType>>>>("modelHealth")
            .RequiresRole(ApiRoles.Reader)
            .Description("Drift per silo, model and language: recent entities against the model's dev baseline (PSI of confidences and type mix).")
            .Argument<StringGraphType>("model", "Only this model.")
            .Argument<StringGraphType>("language", "Only this language.")
            .ResolveAsync(async context =>
            {
                var model = Blank(context.GetArgument<string?>("model"));
                var language = Blank(context.GetArgument<string?>("language"));
                var views = await context.Grains().GetGrain<IClusterViewGrain>(0).ModelHealthAsync(context.CancellationToken);
                return (object)views.Where(v => (model is null || v.Model == model) && (language is null || v.Language == language)).ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiloType>>>>("cluster")
            .RequiresRole(ApiRoles.Admin)
            .Description("Every silo membership knows, with the languages it hosts, loaded models, activations and extractions served (admin).")
            .ResolveAsync(async context => (object)await context.Grains().GetGrain<IClusterViewGrain>(0).DescribeAsync(context.CancellationToken));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
