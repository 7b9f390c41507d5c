using System.Globalization;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Configuration;

/// <summary>
/// Which operator redacts an entity type and how. Configured under "EntityGraph:Redaction:Operators:{TYPE}" or sent
/// with a request; it carries no key or salt.
/// </summary>
public sealed class OperatorSpec
{
    /// <summary>The operator's name, one of <see cref="RedactionOperators.Names"/> (case-insensitive); "replace" by default.</summary>
    public string Operator { get; set; } = RedactionOperators.Replace;

    /// <summary><c>replace</c>: the text put in place of the span instead of <c>&lt;TYPE&gt;</c>.</summary>
    public string? Value { get; set; }

    /// <summary><c>replace</c>: write <c>&lt;TYPE_n&gt;</c>, the same n for the same value (ignoring case) within one call.</summary>
    public bool Numbered { get; set; }

    /// <summary><c>mask</c>: the mask character, exactly one character; '*' when not given.</summary>
    public string? MaskChar { get; set; }

    /// <summary><c>mask</c>: how many characters (Unicode scalar values) are masked, at least 0; null masks all of them.</summary>
    public int? MaskCount { get; set; }

    /// <summary><c>mask</c>: mask the last characters instead of the first.</summary>
    public bool FromEnd { get; set; }

    /// <summary>Describes the spec, e.g. "mask (MaskChar = #, MaskCount = 4, FromEnd = True)".</summary>
    public override string ToString()
    {
        var settings = new List<string>();
        if (Value is not null)
        {
            settings.Add($"Value = {Value}");
        }

        if (Numbered)
        {
            settings.Add("Numbered = True");
        }

        if (MaskChar is not null)
        {
            settings.Add($"MaskChar = {MaskChar}");
        }

        if (MaskCount is int count)
        {
            settings.Add(string.Create(CultureInfo.InvariantCulture, $"MaskCount = {count}"));
        }

        if (FromEnd)
        {
            settings.Add("FromEnd = True");
        }

        return settings.Count == 0 ? Operator : $"{Operator} ({string.Join(", ", settings)})";
    }

    /// <summary>A copy, so that a spec changed after it was handed over does not change a redactor.</summary>
    internal OperatorSpec Copy() => (OperatorSpec)MemberwiseClone();
}
