using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary><c>keep</c>: leaves the span as it is (it is still reported as an item).</summary>
public sealed class KeepOperator : IRedactionOperator
{
    /// <inheritdoc />
    public string Name => RedactionOperators.Keep;

    /// <inheritdoc />
    public string? MissingSetting => null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
