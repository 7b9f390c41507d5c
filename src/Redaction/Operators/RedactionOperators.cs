using System.Diagnostics.CodeAnalysis;
using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Crypto;

namespace EntityGraph.Redaction.Operators;

/// <summary>The built-in operators by name (case-insensitive), set up with the configured key and salt.</summary>
public sealed class RedactionOperators
{
    /// <summary><c>&lt;TYPE&gt;</c>, a fixed value, or <c>&lt;TYPE_n&gt;</c>.</summary>
    public const string Replace = "replace";

    /// <summary>Removes the span.</summary>
    public const string Redact = "redact";

    /// <summary>Masks some or all characters.</summary>
    public const string Mask = "mask";

    /// <summary>Salted SHA-256, lowercase hex.</summary>
    public const string Hash = "hash";

    /// <summary>Deterministic AES-256-GCM token.</summary>
    public const string Encrypt = "encrypt";

    /// <summary>Leaves the span as it is.</summary>
    public const string Keep = "keep";

    private readonly Dictionary<string, IRedactionOperator> byName;

    /// <summary>
    /// Sets up the operators with the key and salt of <paramref name="options"/>. Without them <c>encrypt</c> and
    /// <c>hash</c> report a <see cref="IRedactionOperator.MissingSetting"/>; an invalid key throws
    /// <see cref="ArgumentException"/> naming the setting.
    /// </summary>
    public RedactionOperators(RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cipher = string.IsNullOrWhiteSpace(options.EncryptionKey)
            ? null
            : new TokenCipher(EncryptionKeyParser.Parse(options.EncryptionKey));
        IRedactionOperator[] operators =
        [
            new ReplaceOperator(),
            new RedactOperator(),
            new MaskOperator(),
            new HashOperator(options.HashSalt),
            new EncryptOperator(cipher),
            new KeepOperator(),
        ];
        byName = operators.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The names of the built-in operators.</summary>
    public static IReadOnlyList<string> Names { get; } = [Replace, Redact, Mask, Hash, Encrypt, Keep];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/>, ignoring case.</summary>
    public static bool IsKnown([NotNullWhen(true)] string? name) =>
        name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The operator called <paramref name="name"/>, ignoring case; false when there is none.</summary>
    public bool TryGet(string? name, [NotNullWhen(true)] out IRedactionOperator? redactionOperator)
    {
        redactionOperator = null;
        return name is not null && byName.TryGetValue(name, out redactionOperator);
    }

    /// <summary>The operator called <paramref name="name"/>, ignoring case.</summary>
    /// <exception cref="ArgumentException">No operator has that name.</exception>
    public IRedactionOperator Get(string name) =>
        TryGet(name, out var redactionOperator)
            ? redactionOperator
            : throw new ArgumentException(
                $"Unknown redaction operator '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
}
