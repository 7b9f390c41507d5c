namespace EntityGraph.Linking.CldrGenerator;

/// <summary>The command line of the generator is wrong.</summary>
public sealed class GeneratorUsageException(string message) : Exception(message);
