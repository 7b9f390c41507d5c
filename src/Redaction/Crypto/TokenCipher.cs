using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace EntityGraph.Redaction.Crypto;

/// <summary>
/// Deterministic AES-256-GCM for span tokens. Two subkeys are derived from the master key with HKDF-SHA256; the nonce is
/// the first 12 bytes of HMAC-SHA256(nonce key, value), so the same value always gives the same token. The token is
/// <c>[ENC:</c> + base64url(nonce ‖ ciphertext ‖ 16-byte tag, no padding) + <c>]</c>. Thread-safe.
/// </summary>
internal sealed class TokenCipher
{
    /// <summary>What every token starts with.</summary>
    public const string Prefix = "[ENC:";

    /// <summary>What every token ends with.</summary>
    public const char Suffix = ']';

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly byte[] EncryptionKeyInfo = Encoding.ASCII.GetBytes("EntityGraph.Redaction/aes-256-gcm/v1");
    private static readonly byte[] NonceKeyInfo = Encoding.ASCII.GetBytes("EntityGraph.Redaction/nonce/v1");

    private readonly byte[] encryptionKey;
    private readonly byte[] nonceKey;

    /// <summary>Derives the subkeys from a 32-byte master key.</summary>
    public TokenCipher(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != EncryptionKeyParser.KeyLength)
        {
            throw new ArgumentException($"The encryption key must be {EncryptionKeyParser.KeyLength} bytes.", nameof(masterKey));
        }

        encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, EncryptionKeyParser.KeyLength, info: EncryptionKeyInfo);
        nonceKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, EncryptionKeyParser.KeyLength, info: NonceKeyInfo);
    }

    /// <summary>True for the characters of base64url, the only ones allowed between the prefix and the suffix.</summary>
    public static bool IsPayloadChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    /// <summary>The token of <paramref name="value"/>.</summary>
    public string Encrypt(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plaintext = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        HMACSHA256.HashData(nonceKey, plaintext).AsSpan(0, NonceSize).CopyTo(nonce);
        using (var aes = new AesGcm(encryptionKey, TagSize))
        {
            aes.Encrypt(
                nonce,
                plaintext,
                sealedBytes.AsSpan(NonceSize, plaintext.Length),
                sealedBytes.AsSpan(NonceSize + plaintext.Length, TagSize));
        }

        return Prefix + Base64Url.EncodeToString(sealedBytes) + Suffix;
    }

    /// <summary>
    /// Decrypts the base64url text between the prefix and the suffix of a token. False when it is not base64url, too short,
    /// does not authenticate under this key, or its nonce is not the one this key gives its plaintext.
    /// </summary>
    public bool TryDecrypt(ReadOnlySpan<char> payload, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (!Base64Url.IsValid(payload, out var length) || length < NonceSize + TagSize)
        {
            return false;
        }

        var sealedBytes = new byte[length];
        if (Base64Url.DecodeFromChars(payload, sealedBytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != length)
        {
            return false;
        }

        var nonce = sealedBytes.AsSpan(0, NonceSize);
        var plaintextLength = length - NonceSize - TagSize;
        var plaintext = new byte[plaintextLength];
        try
        {
            using var aes = new AesGcm(encryptionKey, TagSize);
            aes.Decrypt(
                nonce,
                sealedBytes.AsSpan(NonceSize, plaintextLength),
                sealedBytes.AsSpan(NonceSize + plaintextLength, TagSize),
                plaintext);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var expectedNonce = HMACSHA256.HashData(nonceKey, plaintext).AsSpan(0, NonceSize);
        if (!CryptographicOperations.FixedTimeEquals(nonce, expectedNonce))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(plaintext);
        return true;
    }
}
