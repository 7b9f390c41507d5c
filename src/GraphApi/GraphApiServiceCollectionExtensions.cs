using EntityGraph.GraphApi.Execution;
using EntityGraph.GraphApi.Security;
using EntityGraph.GraphApi.Endpoint;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Options;
using EntityGraph.GraphApi.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class GraphApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL API: options (<c>EntityGraph:GraphApi</c>, validated on start), the singleton
    /// <see cref="EntityGraphSchema"/> and its graph types, the JSON serializer, and the request-scoped
    /// <see cref="LoaderRegistry"/>. The host registers <c>IGraphStore</c> (AddEntityGraphStorage) and, for mutations, Orleans.
    /// </summary>
    public static IServiceCollection AddEntityGraphApi(this IServiceCollection services)
    {
        services.AddOptions<GraphApiOptions>().BindConfiguration(GraphApiOptions.SectionName).ValidateOnStart();
        services.AddEntityGraphSecurity();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphApiOptions>, GraphApiOptionsValidator>());

        foreach (var graphType in typeof(EntityGraphSchema).Assembly.GetTypes().Where(IsConcreteGraphType))
        {
            services.TryAddSingleton(graphType);
        }

        services.TryAddSingleton<DateTimeOffsetGraphType>();
        services.TryAddSingleton<EntityGraphSchema>();
        services.TryAddSingleton<IGraphQLTextSerializer>(provider =>
        {
            var expose = provider.GetRequiredService<IOptions<GraphApiOptions>>().Value.ExposeExceptions;
            return new GraphQLSerializer(new ErrorInfoProvider(options =>
            {
                options.ExposeCode = true;
                options.ExposeCodes = false;
                options.ExposeData = false;
                options.ExposeExceptionDetails = expose;
            }));
        });

        services.TryAddScoped<LoaderRegistry>();
        services.TryAddScoped<LanguagePartsLoader>();
        services.TryAddSingleton<ExceptionTranslator>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<RequestRateLimiter>();
        services.TryAddSingleton<ExtractionGate>();
        return services;
    }

    private static bool IsConcreteGraphType(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IGraphType).IsAssignableFrom(type);
}
