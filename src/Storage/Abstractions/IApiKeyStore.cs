namespace EntityGraph.Storage;

/// <summary>API keys kept in the store, so every silo of a cluster sees the same keys.</summary>
public interface IApiKeyStore
{
    /// <summary>Adds a key; a name already used by a key that is not revoked is <see cref="ErrorCodes.KeyConflict"/>.</summary>
    Task AddApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default);

    /// <summary>The key with this public id (revoked ones too), or null.</summary>
    Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>Every key, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes the live key of that name; false when there is none.</summary>
    Task<bool> RevokeApiKeyAsync(string name, CancellationToken cancellationToken = default);
}
