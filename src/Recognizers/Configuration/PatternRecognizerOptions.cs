namespace EntityGraph.Recognizers.Configuration;

/// <summary>Settings of the composite pattern recognizer, bound from "EntityGraph:Recognizers".</summary>
public sealed class PatternRecognizerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "EntityGraph:Recognizers";

    /// <summary>Entity types (see <see cref="PatternTypes"/>) whose recognizer is switched off.</summary>
    public List<string> DisabledTypes { get; set; } = [];

    /// <summary>Matches scored below this (0–1) are dropped before overlaps are resolved.</summary>
    public double MinimumConfidence { get; set; }
}
