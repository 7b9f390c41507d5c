using System.Globalization;

namespace EntityGraph.Redaction.Configuration;

/// <summary>
/// Settings of the <see cref="Redactor"/>, bound from "EntityGraph:Redaction". The key and the salt come only from here
/// (appsettings or the environment), never from a request, and <see cref="ToString"/> never shows them.
/// </summary>
public sealed class RedactionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "EntityGraph:Redaction";

    /// <summary>The full configuration path of <see cref="EncryptionKey"/>, used in error messages.</summary>
    public const string EncryptionKeySetting = SectionName + ":EncryptionKey";

    /// <summary>The full configuration path of <see cref="HashSalt"/>, used in error messages.</summary>
    public const string HashSaltSetting = SectionName + ":HashSalt";

    /// <summary>The key of <see cref="Operators"/> that applies to every type without an entry of its own.</summary>
    public const string DefaultOperatorKey = "DEFAULT";

    /// <summary>The base64 encoding of the 32-byte master key of the <c>encrypt</c> operator; null when not configured.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The salt the <c>hash</c> operator puts before each value; null when not configured.</summary>
    public string? HashSalt { get; set; }

    /// <summary>
    /// The operator per entity type (case-insensitive), or under <see cref="DefaultOperatorKey"/> for every other type.
    /// Without either, a span is replaced by <c>&lt;TYPE&gt;</c>.
    /// </summary>
    public Dictionary<string, OperatorSpec> Operators { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// When true (the default), other occurrences of a detected value that stand alone as words are redacted as well.
    /// </summary>
    public bool PropagateValues { get; set; } = true;

    /// <summary>Describes the options with the key and salt shown only as set or not set.</summary>
    public override string ToString()
    {
        var operators = Operators is null
            ? "null"
            : string.Join(", ", Operators.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value}")));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"RedactionOptions {{ EncryptionKey = {Describe(EncryptionKey)}, HashSalt = {Describe(HashSalt)}, " +
            $"Operators = [{operators}], PropagateValues = {PropagateValues} }}");
    }

    private static string Describe(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "(set)";
}
