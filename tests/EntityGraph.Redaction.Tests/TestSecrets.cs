namespace EntityGraph.Redaction.Tests;

/// <summary>Fixed keys and salts for tests only.</summary>
internal static class TestSecrets
{
    /// <summary>Base64 of the bytes 0, 1, ..., 31.</summary>
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    /// <summary>Base64 of the bytes 200, 201, ..., 231.</summary>
    public static readonly string OtherKey = Convert.ToBase64String(Enumerable.Range(200, 32).Select(i => (byte)i).ToArray());

    public const string Salt = "pepper";

    public const string OtherSalt = "other-salt";
}
