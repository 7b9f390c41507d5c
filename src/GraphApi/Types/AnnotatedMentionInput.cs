namespace EntityGraph.GraphApi.Types;

/// <summary>An annotated mention in <c>ingestDocument</c>'s input.</summary>
public sealed class AnnotatedMentionInput
{
    public int Start { get; set; }

    public int End { get; set; }

    public string Type { get; set; } = "";

    public double? Confidence { get; set; }
}
