namespace EntityGraph.Text.Tokenization;

/// <summary>A pre-tokenized word: [Start, End) UTF-16 offsets into the original text, and its casing.</summary>
public readonly record struct WordSpan(int Start, int End, CasingClass Casing)
{
    public int Length => End - Start;
}
