namespace EntityGraph.Storage;

/// <summary>What an alias import did; entities that held an imported name's key were merged into the imported entity.</summary>
public sealed record AliasImportResult(
    int Rows,
    int EntitiesCreated,
    int AliasesAdded,
    int KeysLinked,
    IReadOnlyList<string> MergedEntityIds,
    IReadOnlyList<EntityKeyRecord> AffectedKeys);
