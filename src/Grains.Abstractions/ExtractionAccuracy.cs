namespace EntityGraph.Grains;

/// <summary>Which model tier serves a request.</summary>
[GenerateSerializer, Alias("EntityGraph.ExtractionAccuracy.v1")]
public enum ExtractionAccuracy
{
    Best = 0,
    Fast = 1,
}
