using System.Collections.Concurrent;
using EntityGraph.Storage;
using Microsoft.Extensions.Options;

namespace EntityGraph.Security;

/// <summary>
/// Checks presented keys against the store (<see cref="IApiKeyStore"/>, shared by every silo), remembering lookups for
/// <see cref="SecurityOptions.KeyCacheDuration"/> so a request costs no store round trip; never logs a key.
/// </summary>
public sealed class ApiKeyAuthenticator(IApiKeyStore keys, IOptions<SecurityOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Record, DateTimeOffset Until)> _lookups = new(StringComparer.Ordinal);
    private (bool Exist, DateTimeOffset Until) _live;

    /// <summary>Whether any live key exists; with none the server runs in protected (loopback-only) mode and checks no keys.</summary>
    public async Task<bool> AnyKeysAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (now < _live.Until)
        {
            return _live.Exist;
        }

        var exist = (await keys.ListApiKeysAsync(cancellationToken).ConfigureAwait(false)).Any(key => key.RevokedAt is null);
        _live = (exist, now + options.Value.KeyCacheDuration);
        return exist;
    }

    public async Task<Authentication> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return Authentication.Anonymous;
        }

        if (!ApiKeySecrets.TryParse(presented, out var keyId, out var secret))
        {
            return Authentication.Invalid;
        }

        var now = clock.GetUtcNow();
        if (!_lookups.TryGetValue(keyId, out var lookup) || now >= lookup.Until)
        {
            lookup = (await keys.FindApiKeyAsync(keyId, cancellationToken).ConfigureAwait(false), now + options.Value.KeyCacheDuration);
            _lookups[keyId] = lookup;
        }

        return lookup.Record is { RevokedAt: null } record && ApiKeySecrets.Matches(record.Salt, record.Hash, secret)
            ? new Authentication(AuthenticationState.Valid, new Caller(record.Name, record.Role))
            : Authentication.Invalid;
    }
}
