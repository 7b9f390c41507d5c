namespace EntityGraph.Grains;

/// <summary>
/// Curation of the graph (stateless worker): merge, split, rename, add aliases and import alias tables. Each operation is
/// one store transaction that keeps counts, aliases and co-occurrence exact; afterwards the entity grains of every key
/// that changed hands forget their cached link. Failures carry NOT_FOUND, INVALID_CURATION or KEY_CONFLICT. Each records
/// its actor (the API key's name; null without a key) with its link decisions.
/// </summary>
[Alias("EntityGraph.IEntityCurationGrain")]
public interface IEntityCurationGrain : IGrainWithIntegerKey
{
    /// <summary>Merges <paramref name="sourceIds"/> into <paramref name="targetId"/>; the sources are deleted.</summary>
    [Alias("Merge")]
    Task<CurationOutcome> MergeAsync(string targetId, IReadOnlyList<string> sourceIds, string? reason = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Moves the given mentions of an entity to a new entity, named <paramref name="canonicalName"/> or like the original.</summary>
    [Alias("Split")]
    Task<CurationOutcome> SplitAsync(string entityId, IReadOnlyList<long> mentionIds, string? canonicalName = null, string? reason = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Renames an entity; the new name's key links to it when free.</summary>
    [Alias("Rename")]
    Task<CurationOutcome> RenameAsync(string entityId, string canonicalName, string? reason = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a manual alias in a language ("und" when null); its key links to the entity.</summary>
    [Alias("AddAlias")]
    Task<CurationOutcome> AddAliasAsync(string entityId, string name, string? language = null, string? reason = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Imports user alias rows in one transaction (see <see cref="AliasInput"/>).</summary>
    [Alias("ImportAliases")]
    Task<AliasImportSummary> ImportAliasesAsync(IReadOnlyList<AliasInput> rows, string? actor = null, CancellationToken cancellationToken = default);
}
