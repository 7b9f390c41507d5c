namespace EntityGraph.PiiCorpus.Names;

/// <summary>A generated person: given name, family name and whether the name is a woman's (used by identifiers that encode sex).</summary>
internal sealed record PersonName(string First, string Last, bool Female)
{
    /// <summary>"First Last".</summary>
    public string Full => $"{First} {Last}";
}
