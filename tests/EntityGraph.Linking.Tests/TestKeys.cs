using EntityGraph.Linking.KnownNames;
using EntityGraph.Linking.Options;

namespace EntityGraph.Linking.Tests;

/// <summary>The real embedded known-name table (loaded once) and the services built on it.</summary>
internal static class TestKeys
{
    private static readonly Lazy<KnownNameTable> LazyTable = new(KnownNameTable.LoadEmbedded);

    public static KnownNameTable Table => LazyTable.Value;

    public static EntityNameKeys Keys(LinkingOptions? options = null) => new(Table, Microsoft.Extensions.Options.Options.Create(options ?? new LinkingOptions()));
}
