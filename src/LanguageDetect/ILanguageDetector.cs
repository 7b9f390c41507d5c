namespace EntityGraph.LanguageDetect;

/// <summary>Identifies the language of text, for a whole text or per paragraph.</summary>
public interface ILanguageDetector
{
    /// <summary>The most likely language (ISO 639-1, or "und" when undetectable) with a confidence in [0,1].</summary>
    LanguageGuess Detect(ReadOnlySpan<char> text);

    /// <summary>Splits text into consecutive parts of one language each (paragraph granularity, adjacent parts of one language merged).</summary>
    IReadOnlyList<LanguageSegment> Segment(string text);
}

/// <summary>A language guess; <see cref="IsReliable"/> is false when the text is too short or too ambiguous.</summary>
public sealed record LanguageGuess(string Language, double Confidence, bool IsReliable)
{
    public const string Undetermined = "und";
}

/// <summary>A part of a text, [Start, End) in UTF-16 offsets, with its language.</summary>
public sealed record LanguageSegment(int Start, int End, string Language, double Confidence);
