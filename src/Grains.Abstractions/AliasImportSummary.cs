namespace EntityGraph.Grains;

/// <summary>What an alias import did: rows read, entities created, aliases added, keys linked, and entities merged into imported ones.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.AliasImportSummary.v1")]
public sealed record AliasImportSummary(
    [property: Id(0)] int Rows,
    [property: Id(1)] int EntitiesCreated,
    [property: Id(2)] int AliasesAdded,
    [property: Id(3)] int KeysLinked,
    [property: Id(4)] IReadOnlyList<string> MergedEntityIds);
