namespace EntityGraph.Linking.KnownNames;

/// <summary>An alias table line is not "concept TAB type TAB languages TAB name".</summary>
public sealed class KnownNameFormatException(string message) : Exception(message);
