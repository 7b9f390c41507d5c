namespace EntityGraph.Redaction;

/// <summary>The redacted text and what was done to it.</summary>
/// <param name="Text">The text with every redacted span replaced by its operator's output.</param>
/// <param name="Items">One item per replaced span, in text order.</param>
public sealed record RedactionResult(string Text, IReadOnlyList<RedactedItem> Items);
