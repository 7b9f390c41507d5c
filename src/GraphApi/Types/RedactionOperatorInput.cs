namespace EntityGraph.GraphApi.Types;

/// <summary>One element of <c>redact</c>'s <c>operators</c> argument.</summary>
public sealed class RedactionOperatorInput
{
    public string Type { get; set; } = "";

    public string Operator { get; set; } = "";

    public string? Value { get; set; }

    public bool Numbered { get; set; }

    public string? MaskChar { get; set; }

    public int? MaskCount { get; set; }

    public bool FromEnd { get; set; }
}
