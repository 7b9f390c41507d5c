namespace EntityGraph.Linking.CldrGenerator;

/// <summary>One localized name of a concept ("territory:DE", LOC, "Deutschland") in one locale.</summary>
public sealed record AliasRow(string Concept, string Type, string Locale, string Name);
