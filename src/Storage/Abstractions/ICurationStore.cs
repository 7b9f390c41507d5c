namespace EntityGraph.Storage;

/// <summary>Curation of the graph by people: merge, split, rename, aliases and alias tables, each in one transaction with every count kept exact.</summary>
public interface ICurationStore
{
    /// <summary>
    /// Merges entities into a target in one transaction: mentions move (one per span when both had it), counts, aliases and
    /// co-occurrence are recomputed from the mention rows, keys and manual aliases move, the sources are deleted and
    /// redirect to the target (later writes naming a source id link to the target).
    /// </summary>
    Task<CurationResult> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default);

    /// <summary>Moves some mentions of an entity to a new entity in one transaction, keeping every count exact.</summary>
    Task<CurationResult> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default);

    /// <summary>Renames an entity in one transaction; the new name is searchable and its key links to the entity when free.</summary>
    Task<CurationResult> RenameEntityAsync(EntityRename rename, CancellationToken cancellationToken = default);

    /// <summary>Adds a manual alias in one transaction; fails with KEY_CONFLICT when another entity holds the alias's key.</summary>
    Task<CurationResult> AddAliasAsync(AliasAddition alias, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a user alias table in one transaction: missing entities are created, every name becomes a manual alias and
    /// its key links to its entity; an entity that held such a key and was not itself imported is merged into the imported
    /// one. Two imported entities claiming one key fail the whole import with KEY_CONFLICT. <paramref name="actor"/> is
    /// recorded with the decisions.
    /// </summary>
    Task<AliasImportResult> ImportAliasesAsync(IReadOnlyList<AliasImportRow> rows, string? actor = null, CancellationToken cancellationToken = default);
}
