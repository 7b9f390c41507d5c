using EntityGraph.Storage;

namespace EntityGraph.Security;

/// <summary>Creates keys (the secret is returned once and stored only as a salted hash) and revokes them.</summary>
public sealed class ApiKeyIssuer(IApiKeyStore keys, TimeProvider clock)
{
    /// <summary>Stores a new key for <paramref name="name"/> with <paramref name="role"/> and returns the key text.</summary>
    public async Task<string> CreateAsync(string name, string role, CancellationToken cancellationToken = default)
    {
        if (!ApiRoles.IsKnown(role))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"'{role}' is not a role (expected one of {string.Join(", ", ApiRoles.All)}).");
        }

        var (key, keyId, salt, hash) = ApiKeySecrets.Create();
        await keys.AddApiKeyAsync(new ApiKeyRecord(keyId, name, role, salt, hash, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return key;
    }

    public Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default) => keys.RevokeApiKeyAsync(name, cancellationToken);
}
