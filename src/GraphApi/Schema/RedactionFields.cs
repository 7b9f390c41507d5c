using EntityGraph.GraphApi.Endpoint;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Security;
using EntityGraph.GraphApi.Types;
using EntityGraph.Grains;
using EntityGraph.Security;
using EntityGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// PII redaction through the redaction grain: <c>redact</c> (editor; <c>includeOriginal</c> needs admin where keys exist),
/// <c>decrypt</c> (admin) and <c>redactionTypes</c>. Nothing is stored.
/// </summary>
internal static class RedactionFields
{
    public static void RegisterQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redactionTypes")
            .Description("The entity types redact can find: with the NER models (PERSON, LOCATION, ORGANIZATION too) or rules only.")
            .Argument<BooleanGraphType>("useModels", argument => argument.DefaultValue = true)
            .ResolveAsync(async context =>
                (object)await context.Grains().GetGrain<IRedactionGrain>(0).TypesAsync(context.GetArgument("useModels", true), context.CancellationToken));
    }

    public static void RegisterMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RedactionType>>("redact")
            .RequiresRole(ApiRoles.Editor)
            .Description("Finds personal data in a text and replaces it with the configured operators (or those given per type); nothing is stored.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<StringGraphType>("language", "ISO 639-1 code; detected per paragraph when left out.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Only these types are redacted (see redactionTypes); all when left out.")
            .Argument<ListGraphType<NonNullGraphType<RedactionOperatorInputType>>>("operators", "Operators per type, overriding the configured ones.")
            .Argument<BooleanGraphType>("includeOriginal", argument => argument.DefaultValue = false)
            .Argument<BooleanGraphType>("useModels", argument => argument.DefaultValue = true)
            .Argument<AccuracyType>("accuracy", argument => argument.DefaultValue = ExtractionAccuracy.Best)
            .ResolveAsync(async context =>
            {
                var includeOriginal = context.GetArgument("includeOriginal", false);
                if (includeOriginal && context.UserContext.TryGetValue(GraphQLHttpHandler.CallerKey, out var value) && value is Caller caller && !ApiRoles.Allows(caller.Role, ApiRoles.Admin))
                {
                    throw new ApiError(ErrorCodes.Forbidden, "'includeOriginal' needs the admin role: the items would carry the personal data.");
                }

                var operators = context.GetArgument<List<RedactionOperatorInput>?>("operators")?
                    .Select(o => new OperatorChoice(o.Type, o.Operator, o.Value, o.Numbered, o.MaskChar, o.MaskCount, o.FromEnd))
                    .ToList();
                var request = new RedactionRequest(
                    context.GetArgument<string>("text"),
                    MutationType.Blank(context.GetArgument<string?>("language")),
                    context.GetArgument<List<string>?>("types"),
                    operators,
                    includeOriginal,
                    context.GetArgument("useModels", true),
                    context.GetArgument("accuracy", ExtractionAccuracy.Best));
                var grains = context.Grains();
                return (object)await MutationType.Gate(context).RunAsync(() => grains.GetGrain<IRedactionGrain>(0).RedactAsync(request, context.CancellationToken), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<StringGraphType>>("decrypt")
            .RequiresRole(ApiRoles.Admin)
            .Description("Restores the spans the encrypt operator produced with this service's key; other text is returned unchanged.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context =>
                (object)await context.Grains().GetGrain<IRedactionGrain>(0).DecryptAsync(context.GetArgument<string>("text"), context.CancellationToken));
    }
}
