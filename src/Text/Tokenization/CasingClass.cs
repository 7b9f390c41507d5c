namespace EntityGraph.Text.Tokenization;

/// <summary>The letter case of a word in the original text; the uncased vocabulary loses it, so models get it as an input.</summary>
public enum CasingClass : byte
{
    None = 0,
    Lower = 1,
    Title = 2,
    Upper = 3,
    Mixed = 4,
}
