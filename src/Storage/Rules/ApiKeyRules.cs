namespace EntityGraph.Storage;

/// <summary>What a stored API key must satisfy on every backend.</summary>
public static class ApiKeyRules
{
    /// <summary>Rejects a key record with a missing id, name or role, or an empty salt or hash, as <see cref="ErrorCodes.InvalidInput"/>.</summary>
    public static void Validate(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        QueryArguments.RequireId(key.KeyId, "The key id");
        if (string.IsNullOrWhiteSpace(key.Name) || key.Name.Length > StorageLimits.MaxIdLength || key.Name.Trim() != key.Name)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"A key name must be 1-{StorageLimits.MaxIdLength} characters without surrounding spaces (was '{key.Name}').");
        }

        if (string.IsNullOrWhiteSpace(key.Role) || key.Role.Length > StorageLimits.MaxTypeLength)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, "A key needs a role.");
        }

        if (key.Salt is not { Length: > 0 } || key.Hash is not { Length: > 0 })
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, "A key needs its salt and hash.");
        }
    }
}
