using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.GraphApi.Schema;

/// <summary>The EntityGraph GraphQL schema (singleton): <see cref="QueryType"/> and <see cref="MutationType"/>.</summary>
public sealed class EntityGraphSchema : GraphQL.Types.Schema
{
    /// <summary>Introspection fields count at this fraction of their complexity, so IDEs can always load the schema.</summary>
    public const double IntrospectionComplexityImpact = 0.1;

    public EntityGraphSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        this.WithIntrospectionComplexityImpact(IntrospectionComplexityImpact);
    }
}
