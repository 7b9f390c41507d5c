namespace EntityGraph.Linking.KnownNames;

/// <summary>One line of an alias table: a concept, its entity type, the languages that use the name, and the name.</summary>
public sealed record KnownNameRow(string ConceptId, string Type, IReadOnlyList<string> Languages, string Name);
