namespace EntityGraph.LanguageDetect.Configuration;

/// <summary>Settings of the language detector, bound from the "EntityGraph:LanguageDetect" configuration section.</summary>
public sealed class LanguageDetectionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "EntityGraph:LanguageDetect";

    /// <summary>A guess below this confidence (0..1) is reported as not reliable and, in segmentation, joins a neighbour.</summary>
    public double MinimumConfidence { get; set; } = 0.7;

    /// <summary>Text with fewer letters than this (ideographs and Hangul blocks count 3) is never reliable.</summary>
    public int MinimumLetters { get; set; } = 10;

    /// <summary>Detect looks at no more than this many leading UTF-16 characters.</summary>
    public int MaxAnalyzedChars { get; set; } = 20_000;

    /// <summary>A profile file to use instead of the embedded one (as written by entitygraph-langprofiles); null for the embedded profiles.</summary>
    public string? ProfilePath { get; set; }
}
