namespace EntityGraph.PiiCorpus.Templates;

/// <summary>Literal text of a template, or a slot named by a PII type (or <c>NUM</c> for a non-PII reference number).</summary>
internal sealed record TemplatePart(string Text, bool IsSlot);
