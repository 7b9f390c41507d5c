namespace EntityGraph.PiiCorpus.Generation;

/// <summary>Text of a sentence being built: literal text, or a gold value or decoy of <paramref name="Type"/>.</summary>
internal sealed record DraftPiece(string Text, string? Type, bool IsDecoy);
