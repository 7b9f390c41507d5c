using EntityGraph.GraphApi.Security;
using EntityGraph.Security;
using EntityGraph.Storage;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Types;
using EntityGraph.Grains;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// The curation mutations: mergeEntities, splitEntity, renameEntity and addAlias. Each is one store transaction through
/// the curation grain (counts, aliases and co-occurrence stay exact; key caches are refreshed); unknown ids give NOT_FOUND,
/// malformed requests INVALID_CURATION, an alias another entity holds KEY_CONFLICT.
/// </summary>
internal static class CurationFields
{
    /// <summary>Most ids one curation request may list (the store takes fewer per operation: see StorageLimits).</summary>
    public const int MaxListLength = StorageLimits.MaxSplitMentions;

    public static void Register(ObjectGraphType mutation)
    {
        mutation.Field<EntityType>("mergeEntities")
            .RequiresRole(ApiRoles.Editor)
            .Description("Merges the source entities into the target: their mentions, aliases and keys move to it and they are deleted. Returns the target.")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceIds")
            .Argument<StringGraphType>("reason", "Why, for the link decision log.")
            .ResolveAsync(async context =>
            {
                var target = MutationType.RequireId(context.GetArgument<string>("targetId"), "targetId");
                var sources = RequireList(context.GetArgument<List<string>>("sourceIds"), "sourceIds").Select(id => MutationType.RequireId(id, "sourceIds")).ToList();
                var outcome = await Curation(context).MergeAsync(target, sources, Reason(context), context.Actor(), context.CancellationToken);
                return LoadEntity(context, outcome.EntityId);
            });

        mutation.Field<SplitEntityPayloadType>("splitEntity")
            .RequiresRole(ApiRoles.Editor)
            .Description("Moves the given mentions of an entity to a new entity (named canonicalName, or like the original). Returns both.")
            .Argument<NonNullGraphType<IdGraphType>>("entityId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("mentionIds")
            .Argument<StringGraphType>("canonicalName")
            .Argument<StringGraphType>("reason", "Why, for the link decision log.")
            .ResolveAsync(async context =>
            {
                var entityId = MutationType.RequireId(context.GetArgument<string>("entityId"), "entityId");
                var mentionIds = RequireList(context.GetArgument<List<string>>("mentionIds"), "mentionIds").Select(MutationType.RequireMentionId).ToList();
                var name = Name(context.GetArgument<string?>("canonicalName"), "canonicalName", required: false);
                var outcome = await Curation(context).SplitAsync(entityId, mentionIds, name, Reason(context), context.Actor(), context.CancellationToken);
                var loaders = context.Loaders();
                loaders.Clear();
                return (object)new SplitEntityPayload(outcome.EntityId, outcome.OtherEntityId ?? entityId);
            });

        mutation.Field<EntityType>("renameEntity")
            .RequiresRole(ApiRoles.Editor)
            .Description("Gives an entity a new canonical name; the old name stays searchable.")
            .Argument<NonNullGraphType<IdGraphType>>("entityId")
            .Argument<NonNullGraphType<StringGraphType>>("canonicalName")
            .Argument<StringGraphType>("reason", "Why, for the link decision log.")
            .ResolveAsync(async context =>
            {
                var entityId = MutationType.RequireId(context.GetArgument<string>("entityId"), "entityId");
                var name = Name(context.GetArgument<string>("canonicalName"), "canonicalName", required: true)!;
                var outcome = await Curation(context).RenameAsync(entityId, name, Reason(context), context.Actor(), context.CancellationToken);
                return LoadEntity(context, outcome.EntityId);
            });

        mutation.Field<EntityType>("addAlias")
            .RequiresRole(ApiRoles.Editor)
            .Description("Adds a name of an entity in a language (\"und\" when left out); later mentions of the name link to the entity.")
            .Argument<NonNullGraphType<IdGraphType>>("entityId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("language", "BCP 47 / ISO 639-1 code of the name.")
            .Argument<StringGraphType>("reason", "Why, for the link decision log.")
            .ResolveAsync(async context =>
            {
                var entityId = MutationType.RequireId(context.GetArgument<string>("entityId"), "entityId");
                var name = Name(context.GetArgument<string>("name"), "name", required: true)!;
                var language = MutationType.Blank(context.GetArgument<string?>("language"));
                if (language is { Length: > 35 })
                {
                    throw ApiError.InvalidInput("'language' must be a language code of at most 35 characters.");
                }

                var outcome = await Curation(context).AddAliasAsync(entityId, name, language, Reason(context), context.Actor(), context.CancellationToken);
                return LoadEntity(context, outcome.EntityId);
            });
    }

    private static IEntityCurationGrain Curation(IResolveFieldContext context) => context.Grains().GetGrain<IEntityCurationGrain>(0);

    private static object LoadEntity(IResolveFieldContext context, string id)
    {
        var loaders = context.Loaders();
        loaders.Clear();
        return loaders.Entities.Load(id).Then(entity => entity ?? throw ApiError.NotFound("entity", id));
    }

    private static List<string> RequireList(List<string>? values, string name)
    {
        if (values is null || values.Count == 0)
        {
            throw ApiError.InvalidInput($"'{name}' must list at least one id.");
        }

        if (values.Count > MaxListLength)
        {
            throw ApiError.InvalidInput($"'{name}' must list at most {MaxListLength} ids (was {values.Count}).");
        }

        return values;
    }

    private static string? Name(string? value, string name, bool required)
    {
        var trimmed = MutationType.Blank(value);
        if (trimmed is null)
        {
            return required ? throw ApiError.InvalidInput($"'{name}' must not be blank.") : null;
        }

        return trimmed.Length <= StorageLimits.MaxNameLength ? trimmed : throw ApiError.InvalidInput($"'{name}' must be at most {StorageLimits.MaxNameLength} characters (was {trimmed.Length}).");
    }

    private static string? Reason(IResolveFieldContext context)
    {
        var reason = MutationType.Blank(context.GetArgument<string?>("reason"));
        return reason is { Length: > StorageLimits.MaxReasonLength }
            ? throw ApiError.InvalidInput($"'reason' must be at most {StorageLimits.MaxReasonLength} characters (was {reason.Length}).")
            : reason;
    }
}
