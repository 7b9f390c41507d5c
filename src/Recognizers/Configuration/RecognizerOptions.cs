namespace EntityGraph.Recognizers.Configuration;

/// <summary>
/// Settings of the recognizer pipeline, bound from "EntityGraph:Recognizers": the profiles (which recognizers run, per
/// language, and which conflict policies resolve their overlaps), user-defined regular expressions and deny lists, and
/// filters that apply to every profile.
/// </summary>
public sealed class RecognizerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "EntityGraph:Recognizers";

    /// <summary>Entity types dropped from every profile's output, whichever recognizer found them.</summary>
    public List<string> DisabledTypes { get; set; } = [];

    /// <summary>Detections scored below this (0–1) are dropped in every profile before conflicts are resolved.</summary>
    public double MinimumConfidence { get; set; }

    /// <summary>
    /// Profiles by name. A configured profile named like a built-in one ("extraction", "redaction", "model") changes only
    /// the settings it gives; a new name defines a new profile.
    /// </summary>
    public Dictionary<string, RecognizerProfileOptions> Profiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>User-defined regular-expression recognizers.</summary>
    public List<CustomRecognizerOptions> Custom { get; set; } = [];

    /// <summary>User-defined deny lists (gazetteers): every listed term is a detection of its type.</summary>
    public List<DenyListOptions> DenyLists { get; set; } = [];
}
