using EntityGraph.GraphApi.Endpoint;
using EntityGraph.GraphApi.Errors;
using EntityGraph.Security;
using EntityGraph.Storage;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace EntityGraph.GraphApi.Loaders;

/// <summary>Request-scoped services as resolvers see them.</summary>
internal static class FieldContextServices
{
    public static LoaderRegistry Loaders(this IResolveFieldContext context) =>
        Services(context).GetRequiredService<LoaderRegistry>();

    public static LanguagePartsLoader LanguageParts(this IResolveFieldContext context) =>
        Services(context).GetRequiredService<LanguagePartsLoader>();

    public static IGraphStore Store(this IResolveFieldContext context) =>
        Services(context).GetRequiredService<IGraphStore>();

    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        Services(context).GetService<IGrainFactory>()
        ?? throw new ApiError(ErrorCodes.ServiceUnavailable, "This host runs no Orleans silo or client, so documents cannot be processed here.");

    /// <summary>The name of the API key the request presented; null when it came without one (protected mode).</summary>
    public static string? Actor(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(GraphQLHttpHandler.CallerKey, out var caller) && caller is Caller known ? known.Name : null;

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("The GraphQL request was executed without request services.");
}
