namespace EntityGraph.Grains.Placement;

/// <summary>The model tiers a silo can host for a language, as written in declarations and grain keys.</summary>
public static class Tiers
{
    public const string Best = "best";

    public const string Fast = "fast";

    public static string Of(ExtractionAccuracy accuracy) => accuracy == ExtractionAccuracy.Fast ? Fast : Best;
}
