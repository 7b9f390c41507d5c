namespace EntityGraph.Linking.KnownNames;

/// <summary>The key a name links by: its normalized key, or the key of the known concept it names (<see cref="Concept"/> set).</summary>
public sealed record NameKey(string Key, KnownName? Concept);
