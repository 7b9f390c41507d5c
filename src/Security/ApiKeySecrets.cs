using System.Security.Cryptography;
using System.Text;

namespace EntityGraph.Security;

/// <summary>
/// The format of API keys: <c>egk_ID_SECRET</c>, where ID (12 lowercase base-32 characters) finds the stored row and
/// SECRET is 256 random bits (base64url). Only a salted SHA-256 of the secret is stored; verification compares in
/// constant time.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "egk_";

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>A new key: the text to give the user once, and its id, salt and hash to store.</summary>
    public static (string Key, string KeyId, byte[] Salt, byte[] Hash) Create()
    {
        var id = string.Concat(RandomNumberGenerator.GetBytes(12).Select(b => IdAlphabet[b % IdAlphabet.Length]));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var salt = RandomNumberGenerator.GetBytes(16);
        return ($"{Prefix}{id}_{secret}", id, salt, Hash(salt, secret));
    }

    /// <summary>Splits a presented key into id and secret; false when it does not have the key format.</summary>
    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = string.Empty;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return false;
        }

        var rest = key[Prefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        if (separator != 12 || rest.Length <= separator + 1)
        {
            return false;
        }

        (keyId, secret) = (rest[..separator], rest[(separator + 1)..]);
        return true;
    }

    public static byte[] Hash(byte[] salt, string secret)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(secret);
        return SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(secret)]);
    }

    /// <summary>Whether <paramref name="secret"/> is the one whose salted hash is stored (constant time).</summary>
    public static bool Matches(byte[] salt, byte[] hash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Hash(salt, secret), hash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
