using EntityGraph.Grains;

namespace EntityGraph.Silo.Redaction;

/// <summary>One output line of <c>entitygraph redact</c> over JSONL: the redacted text and its items, or the error.</summary>
internal sealed record RedactedLine(string Id, string? Text, string? Language, IReadOnlyList<RedactionItem>? Items, RedactedLineError? Error = null);

/// <summary>Why a line could not be redacted.</summary>
internal sealed record RedactedLineError(string Code, string Message);
