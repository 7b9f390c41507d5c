using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Configuration;

/// <summary>
/// A storage backend that can be chosen by name in <c>EntityGraph:Storage:Provider</c>. Each backend project registers
/// one with its <c>Add...GraphStore()</c> extension; the options validator and the store factory pick it by name.
/// </summary>
public interface IGraphStoreProvider
{
    /// <summary>The name in configuration, compared case-insensitively (<c>sqlite</c>, <c>postgresql</c>).</summary>
    string Name { get; }

    /// <summary>What is wrong with the options for this backend (empty when they can open a store).</summary>
    IReadOnlyList<string> Validate(GraphStoreOptions options);

    /// <summary>Creates a store; its schema is migrated on <see cref="IGraphStore.InitializeAsync"/> or first use.</summary>
    IGraphStore Create(GraphStoreOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider);
}
