using System.Net;
using EntityGraph.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// A server without API keys is open to whoever reaches it, so it may listen only on loopback. With no live key and an
/// address other than 127.0.0.1, ::1 or localhost, the server refuses to start and says how to create a key.
/// </summary>
public static class ProtectedMode
{
    /// <summary>Null when the server may start, else the reason it may not.</summary>
    public static async Task<string?> CheckAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var urls = services.GetRequiredService<IOptions<ServerOptions>>().Value.Urls
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await services.GetRequiredService<ApiKeyAuthenticator>().AnyKeysAsync(cancellationToken))
        {
            return null;
        }

        var open = urls.Where(url => !IsLoopback(url)).ToList();
        return open.Count == 0
            ? null
            : $"refusing to listen on {string.Join(", ", open)} without API keys (protected mode): create one with "
              + "`entitygraph keys create --name NAME --role admin` on the same store, or listen on 127.0.0.1";
    }

    /// <summary>Whether every address of <paramref name="url"/> is on this machine only.</summary>
    public static bool IsLoopback(string url)
    {
        var host = url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
