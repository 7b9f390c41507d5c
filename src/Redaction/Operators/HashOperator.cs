using System.Security.Cryptography;
using System.Text;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary>
/// <c>hash</c>: lowercase hex SHA-256 of (salt UTF-8 ‖ value UTF-8). The same value and salt give the same hash on every
/// run and machine, so redacted data can still be joined; equal values stay visibly equal.
/// </summary>
public sealed class HashOperator : IRedactionOperator
{
    private readonly byte[]? salt;

    /// <summary>Uses <paramref name="salt"/> (from configuration); null or empty leaves the operator unusable.</summary>
    public HashOperator(string? salt)
    {
        this.salt = string.IsNullOrEmpty(salt) ? null : Encoding.UTF8.GetBytes(salt);
    }

    /// <inheritdoc />
    public string Name => RedactionOperators.Hash;

    /// <inheritdoc />
    public string? MissingSetting => salt is null ? RedactionOptions.HashSaltSetting : null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (salt is null)
        {
            throw new InvalidOperationException(
                MissingSettingMessage.For(RedactionOptions.HashSaltSetting, "The 'hash' operator needs"));
        }

        var input = new byte[salt.Length + Encoding.UTF8.GetByteCount(value)];
        salt.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(value, input.AsSpan(salt.Length));
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>Names the operator only; the salt is never shown.</summary>
    public override string ToString() => $"{Name} (salt {(salt is null ? "not set" : "set")})";
}
