using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary><c>redact</c>: removes the span; the output is empty.</summary>
public sealed class RedactOperator : IRedactionOperator
{
    /// <inheritdoc />
    public string Name => RedactionOperators.Redact;

    /// <inheritdoc />
    public string? MissingSetting => null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context) => string.Empty;
}
