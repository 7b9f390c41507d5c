namespace EntityGraph.Grains;

/// <summary>
/// One silo of the cluster as it describes itself: its address, the languages whose models it hosts (<c>*</c> = all),
/// whether it hosts the multilingual fallback, the models it has loaded, its grain activations and the language parts it
/// has extracted since it started.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.SiloView.v1")]
public sealed record SiloView(
    [property: Id(0)] string Address,
    [property: Id(1)] string Name,
    [property: Id(2)] string Status,
    [property: Id(3)] IReadOnlyList<string> Languages,
    [property: Id(4)] bool HostsFallback,
    [property: Id(5)] IReadOnlyList<string> LoadedModels,
    [property: Id(6)] int Activations,
    [property: Id(7)] long ExtractionsServed);
