using System.Globalization;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Configuration;

/// <summary>The checks one <see cref="OperatorSpec"/> must pass, shared by the options validator and request checks.</summary>
internal static class OperatorSpecRules
{
    /// <summary>What is wrong with <paramref name="spec"/>; empty when it is usable. The messages hold no key or salt.</summary>
    public static List<string> Problems(OperatorSpec? spec)
    {
        var problems = new List<string>();
        if (spec is null)
        {
            problems.Add("no operator spec was given.");
            return problems;
        }

        if (string.IsNullOrWhiteSpace(spec.Operator))
        {
            problems.Add($"Operator is required; expected one of {string.Join(", ", RedactionOperators.Names)}.");
        }
        else if (!RedactionOperators.IsKnown(spec.Operator))
        {
            problems.Add($"unknown operator '{Shorten(spec.Operator)}'; expected one of {string.Join(", ", RedactionOperators.Names)}.");
        }

        if (spec.MaskChar is { } maskChar && !IsSingleMaskChar(maskChar))
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"MaskChar must be exactly one character that is not a control character or half of a surrogate pair (got {maskChar.Length} characters)."));
        }

        if (spec.MaskCount is < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaskCount must be 0 or more (was {spec.MaskCount})."));
        }

        return problems;
    }

    private static bool IsSingleMaskChar(string maskChar) =>
        maskChar.Length == 1 && !char.IsSurrogate(maskChar[0]) && !char.IsControl(maskChar[0]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
