namespace EntityGraph.Linking.CldrGenerator;

/// <summary>The CLDR folder is missing a file or holds data this generator cannot read.</summary>
public sealed class CldrFormatException(string message) : Exception(message);
