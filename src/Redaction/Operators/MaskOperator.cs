using System.Text;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary>
/// <c>mask</c>: writes <see cref="OperatorSpec.MaskChar"/> ('*' by default) once per masked Unicode scalar value, for
/// the first <see cref="OperatorSpec.MaskCount"/> of them (all when null), or the last ones with
/// <see cref="OperatorSpec.FromEnd"/>. A surrogate pair is one scalar value and is never split; the runes left visible
/// are copied as they were.
/// </summary>
public sealed class MaskOperator : IRedactionOperator
{
    /// <summary>The mask character when none is configured.</summary>
    public const char DefaultMaskChar = '*';

    /// <inheritdoc />
    public string Name => RedactionOperators.Mask;

    /// <inheritdoc />
    public string? MissingSetting => null;

    /// <inheritdoc />
    public string Apply(string value, string type, OperatorSpec spec, OperatorContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(spec);
        var maskChar = spec.MaskChar is { Length: 1 } configured ? configured[0] : DefaultMaskChar;
        var runeStarts = RuneStarts(value);
        var runeCount = runeStarts.Count;
        var masked = spec.MaskCount is int count ? Math.Clamp(count, 0, runeCount) : runeCount;
        var mask = new string(maskChar, masked);
        if (spec.FromEnd)
        {
            var visibleEnd = masked == 0 ? value.Length : runeStarts[runeCount - masked];
            return string.Concat(value.AsSpan(0, visibleEnd), mask);
        }

        var visibleStart = masked == runeCount ? value.Length : runeStarts[masked];
        return string.Concat(mask, value.AsSpan(visibleStart));
    }

    /// <summary>The UTF-16 offset where each scalar value starts; a lone surrogate counts as one.</summary>
    private static List<int> RuneStarts(string value)
    {
        var starts = new List<int>(value.Length);
        var offset = 0;
        while (offset < value.Length)
        {
            starts.Add(offset);
            Rune.DecodeFromUtf16(value.AsSpan(offset), out _, out var consumed);
            offset += Math.Max(consumed, 1);
        }

        return starts;
    }
}
