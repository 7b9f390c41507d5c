using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over <see cref="SampleCorpus"/> with a budget of <see cref="RequestsPerMinute"/> requests a minute.</summary>
public sealed class RateLimitedFixture : GraphApiHost
{
    public const int RequestsPerMinute = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:Security:RequestsPerMinute"] = RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);
}
