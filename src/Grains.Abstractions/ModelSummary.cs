namespace EntityGraph.Grains;

/// <summary>
/// One model a silo can serve: its id and version (<c>shipped</c> for the repository's models), languages, tier, the
/// routes it serves (<c>LANG:best</c>, <c>LANG:fast</c>), whether it is the fallback, its file size, the dev F1 measured
/// for it per dev set, the dev sets its confidence calibration was fitted on (none: uncalibrated) and whether this silo
/// has it loaded. Promoted versions (v1, v2, ...) carry the <see cref="Domain"/> they serve (null: the language's general
/// route); their routes are <c>LANG:TIER</c> or <c>LANG:TIER:DOMAIN</c> while active.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.ModelSummary.v1")]
public sealed record ModelSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Version,
    [property: Id(2)] IReadOnlyList<string> Languages,
    [property: Id(3)] string Tier,
    [property: Id(4)] IReadOnlyList<string> Routes,
    [property: Id(5)] bool IsFallback,
    [property: Id(6)] long SizeBytes,
    [property: Id(7)] IReadOnlyDictionary<string, double> DevF1,
    [property: Id(8)] IReadOnlyList<string> CalibratedOn,
    [property: Id(9)] bool Loaded,
    [property: Id(10)] string? Domain = null);
