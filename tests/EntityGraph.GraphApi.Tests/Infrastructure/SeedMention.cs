namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>The <paramref name="Occurrence"/>-th appearance of <paramref name="Surface"/> in a seed text, linked to an entity.</summary>
public sealed record SeedMention(SeedEntity Entity, string Surface, int Occurrence = 1, double Confidence = 0.75);
