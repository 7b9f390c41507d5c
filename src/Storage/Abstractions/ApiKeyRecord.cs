namespace EntityGraph.Storage;

/// <summary>
/// A stored API key: never the secret, only its salted hash. <see cref="KeyId"/> is the public part of the key that
/// finds the row; <see cref="Name"/> is the actor recorded for what the key does; <see cref="Role"/> one of reader,
/// reviewer, editor, admin.
/// </summary>
public sealed record ApiKeyRecord(string KeyId, string Name, string Role, byte[] Salt, byte[] Hash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null);
