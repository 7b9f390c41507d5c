using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Crypto;

namespace EntityGraph.Redaction.Operators;

/// <summary>
/// <c>encrypt</c>: deterministic AES-256-GCM token <c>[ENC:base64url(nonce ‖ ciphertext ‖ tag)]</c> that
/// <see cref="SpanDecryptor"/> turns back into the value. The same value always gives the same token, which reveals
/// which spans are equal (as <c>hash</c> does).
/// </summary>
public sealed class EncryptOperator : IRedactionOperator
{
    private readonly TokenCipher? cipher;

    /// <summary>Uses <paramref name="cipher"/>; null (no key configured) leaves the operator unusable.</summary>
    internal EncryptOperator(TokenCipher? cipher)
    {
        this.cipher = cipher;
    }

    /// <inheritdoc />
    public string Name => RedactionOperators.Encrypt;

    /// <inheritdoc />
    public string? MissingSetting => cipher is null ? RedactionOptions.EncryptionKeySetting : null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (cipher is null)
        {
            throw new InvalidOperationException(
                MissingSettingMessage.For(RedactionOptions.EncryptionKeySetting, "The 'encrypt' operator needs"));
        }

        return cipher.Encrypt(value);
    }

    /// <summary>Names the operator only; the key is never shown.</summary>
    public override string ToString() => $"{Name} (key {(cipher is null ? "not set" : "set")})";
}
