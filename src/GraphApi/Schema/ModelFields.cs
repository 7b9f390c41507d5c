using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Security;
using EntityGraph.GraphApi.Types;
using EntityGraph.Grains;
using EntityGraph.Security;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// Model versions at run time (admin): activateModel and rollbackModel switch a route (LANGUAGE:TIER, or with a domain
/// LANGUAGE:TIER:DOMAIN) of the shared versions folder; every silo sharing it serves new requests with the new model within
/// a second, requests in flight finish on the old one. Both return the models listing afterwards.
/// </summary>
internal static class ModelFields
{
    public static void RegisterMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelType>>>>("activateModel")
            .RequiresRole(ApiRoles.Admin)
            .Description("Makes a version (shipped, v1, v2...) serve a language's tier, or with domain that domain's requests; no restart.")
            .Argument<NonNullGraphType<StringGraphType>>("language")
            .Argument<NonNullGraphType<StringGraphType>>("tier", "best or fast.")
            .Argument<NonNullGraphType<StringGraphType>>("version")
            .Argument<StringGraphType>("domain", "The domain whose route switches; left out: the language's general route.")
            .ResolveAsync(async context =>
            {
                var catalog = context.Grains().GetGrain<IModelCatalogGrain>(0);
                await catalog.ActivateAsync(
                    context.GetArgument<string>("language"), context.GetArgument<string>("tier"), MutationType.Blank(context.GetArgument<string?>("domain")),
                    context.GetArgument<string>("version"), context.CancellationToken);
                return (object)await catalog.ListAsync(context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelType>>>>("rollbackModel")
            .RequiresRole(ApiRoles.Admin)
            .Description("Returns a route to the version active before the current one.")
            .Argument<NonNullGraphType<StringGraphType>>("language")
            .Argument<NonNullGraphType<StringGraphType>>("tier", "best or fast.")
            .Argument<StringGraphType>("domain", "The domain whose route rolls back; left out: the language's general route.")
            .ResolveAsync(async context =>
            {
                var catalog = context.Grains().GetGrain<IModelCatalogGrain>(0);
                await catalog.RollbackAsync(
                    context.GetArgument<string>("language"), context.GetArgument<string>("tier"), MutationType.Blank(context.GetArgument<string?>("domain")), context.CancellationToken);
                return (object)await catalog.ListAsync(context.CancellationToken);
            });
    }
}
