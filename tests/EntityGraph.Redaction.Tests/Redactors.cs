using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

/// <summary>Builds redactors with the test key and salt and the given operators.</summary>
internal static class Redactors
{
    public static RedactionOptions Options(params (string Type, OperatorSpec Spec)[] operators)
    {
        var options = new RedactionOptions { EncryptionKey = TestSecrets.Key, HashSalt = TestSecrets.Salt };
        foreach (var (type, spec) in operators)
        {
            options.Operators[type] = spec;
        }

        return options;
    }

    public static Redactor Create(params (string Type, OperatorSpec Spec)[] operators) => new(Options(operators));

    /// <summary>A redactor that applies <paramref name="spec"/> to every type.</summary>
    public static Redactor Default(OperatorSpec spec, bool propagateValues = true)
    {
        var options = Options((RedactionOptions.DefaultOperatorKey, spec));
        options.PropagateValues = propagateValues;
        return new Redactor(options);
    }

    public static SpanDecryptor Decryptor(string key) => new(new RedactionOptions { EncryptionKey = key });
}
