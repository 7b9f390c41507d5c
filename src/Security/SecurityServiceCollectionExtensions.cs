using EntityGraph.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of API key security.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SecurityOptions"/> (<c>EntityGraph:Security</c>, validated at start), the
    /// <see cref="ApiKeyAuthenticator"/> and the <see cref="ApiKeyIssuer"/>. The host registers the store.
    /// </summary>
    public static IServiceCollection AddEntityGraphSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(options => options.KeyCacheDuration > TimeSpan.Zero && options.KeyCacheDuration <= TimeSpan.FromMinutes(10), $"{SecurityOptions.SectionName}:KeyCacheDuration must be between 0 and 10 minutes.")
            .Validate(options => options.RequestsPerMinute >= 0, $"{SecurityOptions.SectionName}:RequestsPerMinute must be 0 (no limit) or more.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<ApiKeyIssuer>();
        return services;
    }
}
