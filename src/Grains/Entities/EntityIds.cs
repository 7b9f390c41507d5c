using System.Security.Cryptography;
using System.Text;

namespace EntityGraph.Grains.Entities;

/// <summary>
/// Deterministic entity ids: "e_" followed by the lower-case base32 (RFC 4648 alphabet) of the first 10 bytes
/// of SHA-256("TYPE|normalized key"), 18 characters in all. The same key always gives the same id.
/// </summary>
public static class EntityIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The id a new entity with this type and normalized key gets.</summary>
    public static string Create(string type, string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(normalizedKey);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(type, "|", normalizedKey)));
        return "e_" + Base32(digest.AsSpan(0, 10));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder((bytes.Length * 8 + 4) / 5);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                builder.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }

        if (bits > 0)
        {
            builder.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return builder.ToString();
    }
}
