namespace EntityGraph.PiiCorpus.Values;

/// <summary>Produces realistic values of one PII type as they are written in a language.</summary>
internal abstract class ValueGenerator
{
    /// <summary>The PII type of the values.</summary>
    public abstract string Type { get; }

    /// <summary>A new value (as it appears in text).</summary>
    public abstract string Generate(ValueContext context);
}
