namespace EntityGraph.Recognizers.Configuration;

/// <summary>A regular-expression recognizer from configuration, e.g. internal ticket or customer numbers.</summary>
public sealed class CustomRecognizerOptions
{
    /// <summary>Unique recognizer name; profiles and results refer to it (e.g. "custom/ticket").</summary>
    public string Name { get; set; } = "";

    /// <summary>The entity type its detections get.</summary>
    public string Type { get; set; } = "";

    /// <summary>.NET regular expressions; each match is a candidate (the whole match is the span).</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Score of a match (0–1) before context words raise it.</summary>
    public double Score { get; set; } = 0.6;

    /// <summary>A validator by name (e.g. "luhn", "iban") that a candidate must pass; none when null.</summary>
    public string? Validator { get; set; }

    /// <summary>Context words per language ("*" for every language) that raise the score when found near a match.</summary>
    public Dictionary<string, List<string>> Context { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Languages it runs for (primary subtags); every language when empty.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Profiles it joins; every profile when empty.</summary>
    public List<string> Profiles { get; set; } = [];
}
