namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>An entity of a test corpus.</summary>
public sealed record SeedEntity(string Id, string Type, string CanonicalName, string NormalizedKey);
