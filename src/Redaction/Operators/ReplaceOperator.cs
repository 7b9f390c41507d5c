using System.Globalization;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary>
/// <c>replace</c>: <c>&lt;TYPE&gt;</c>, or the configured <see cref="OperatorSpec.Value"/>, or with
/// <see cref="OperatorSpec.Numbered"/> <c>&lt;TYPE_n&gt;</c> (which wins over a value).
/// </summary>
public sealed class ReplaceOperator : IRedactionOperator
{
    /// <inheritdoc />
    public string Name => RedactionOperators.Replace;

    /// <inheritdoc />
    public string? MissingSetting => null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        if (spec.Numbered)
        {
            return string.Create(CultureInfo.InvariantCulture, $"<{type}_{context.NumberFor(type, value)}>");
        }

        return spec.Value ?? $"<{type}>";
    }
}
