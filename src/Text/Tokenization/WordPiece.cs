namespace EntityGraph.Text.Tokenization;

/// <summary>A vocabulary token with [Start, End) UTF-16 offsets into the original text and the index of its word.</summary>
public readonly record struct WordPiece(int Id, int Start, int End, int WordIndex, bool IsFirstOfWord);
