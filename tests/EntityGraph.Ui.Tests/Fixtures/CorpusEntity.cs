using EntityGraph.Storage;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>An entity of the UI test corpus.</summary>
public sealed record CorpusEntity(string Id, string Type, string CanonicalName, string NormalizedKey)
{
    public EntityWrite ToWrite() => new(Id, Type, CanonicalName, NormalizedKey);
}
