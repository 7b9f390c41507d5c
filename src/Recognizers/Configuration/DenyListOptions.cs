namespace EntityGraph.Recognizers.Configuration;

/// <summary>A deny list (gazetteer) from configuration: code names, internal project names, people to always redact.</summary>
public sealed class DenyListOptions
{
    /// <summary>Unique recognizer name (e.g. "deny/projects").</summary>
    public string Name { get; set; } = "";

    /// <summary>The entity type its detections get.</summary>
    public string Type { get; set; } = "";

    /// <summary>The terms; each occurrence as a whole word is a detection.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>Score of a detection (0–1).</summary>
    public double Score { get; set; } = 1.0;

    /// <summary>Whether case must match (default: no).</summary>
    public bool CaseSensitive { get; set; }

    /// <summary>Languages it runs for; every language when empty.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Profiles it joins; every profile when empty.</summary>
    public List<string> Profiles { get; set; } = [];
}
