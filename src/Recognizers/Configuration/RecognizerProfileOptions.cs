namespace EntityGraph.Recognizers.Configuration;

/// <summary>One profile of the pipeline; a setting left out (null) keeps the built-in profile's value.</summary>
public sealed class RecognizerProfileOptions
{
    /// <summary>Recognizer names in the order they run (e.g. "model", "rules/date", "pii/iban").</summary>
    public List<string>? Recognizers { get; set; }

    /// <summary>Recognizer lists per language (primary subtag, e.g. "de"), replacing <see cref="Recognizers"/> for that language.</summary>
    public Dictionary<string, List<string>>? Languages { get; set; }

    /// <summary>Conflict policies applied in order (see <c>ConflictPolicies</c>).</summary>
    public List<string>? Policies { get; set; }

    /// <summary>Recognizer priorities used by the "priority" and tie-breaking policies; 0 when not listed.</summary>
    public Dictionary<string, int>? Priorities { get; set; }

    /// <summary>Type renames applied to detections before conflicts are resolved, e.g. PER → PERSON.</summary>
    public Dictionary<string, string>? TypeMap { get; set; }

    /// <summary>Types (after <see cref="TypeMap"/>) this profile drops.</summary>
    public List<string>? DisabledTypes { get; set; }

    /// <summary>Detections scored below this (0–1) are dropped by this profile.</summary>
    public double? MinimumConfidence { get; set; }
}
