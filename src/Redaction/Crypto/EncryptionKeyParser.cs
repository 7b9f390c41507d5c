using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Crypto;

/// <summary>Reads the configured base64 encryption key; its problems are described without the key itself.</summary>
internal static class EncryptionKeyParser
{
    /// <summary>The length of an AES-256 key in bytes.</summary>
    public const int KeyLength = 32;

    /// <summary>Decodes <paramref name="base64"/>; on failure <paramref name="problem"/> completes "{setting} ...".</summary>
    public static bool TryParse(
        string? base64,
        [NotNullWhen(true)] out byte[]? key,
        [NotNullWhen(false)] out string? problem)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            problem = "is not configured.";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            problem = "is not valid base64; it must be the base64 encoding of exactly 32 random bytes.";
            return false;
        }

        if (bytes.Length != KeyLength)
        {
            problem = string.Create(
                CultureInfo.InvariantCulture,
                $"must be the base64 encoding of exactly {KeyLength} bytes (AES-256), but it decodes to {bytes.Length} bytes.");
            return false;
        }

        key = bytes;
        problem = null;
        return true;
    }

    /// <summary>Decodes <paramref name="base64"/> or throws an exception that names the setting, not the value.</summary>
    public static byte[] Parse(string? base64)
    {
        if (TryParse(base64, out var key, out var problem))
        {
            return key;
        }

        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException(MissingSettingMessage.For(RedactionOptions.EncryptionKeySetting, "Encryption and decryption need"));
        }

        throw new ArgumentException($"{RedactionOptions.EncryptionKeySetting} {problem}", nameof(base64));
    }
}
