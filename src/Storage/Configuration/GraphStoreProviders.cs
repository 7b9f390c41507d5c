namespace EntityGraph.Storage.Configuration;

/// <summary>Finds the registered backend that <c>EntityGraph:Storage:Provider</c> names.</summary>
public static class GraphStoreProviders
{
    /// <summary>The provider named <paramref name="name"/>, or null with a message that lists the known names.</summary>
    public static IGraphStoreProvider? Find(IEnumerable<IGraphStoreProvider> providers, string? name, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var known = providers.ToList();
        var wanted = name?.Trim();
        var found = known.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase));
        problem = found is not null
            ? null
            : $"EntityGraph:Storage:Provider '{name}' is not a storage backend; use one of: {string.Join(", ", known.Select(p => p.Name))}.";
        return found;
    }
}
