namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>A broken store (see <see cref="BrokenStoreFixture"/>) behind an API configured with ExposeExceptions.</summary>
public sealed class ExposedErrorsFixture : BrokenStoreFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:GraphApi:ExposeExceptions"] = "true",
    };
}
