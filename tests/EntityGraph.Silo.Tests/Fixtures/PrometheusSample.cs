namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>One sample line of a Prometheus text exposition.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>The label's value, or null.</summary>
    public string? this[string label] => Labels.GetValueOrDefault(label);
}
