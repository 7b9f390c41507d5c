using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over <see cref="SampleCorpus"/> with small configured limits, to prove the settings are honoured.</summary>
public sealed class TightLimitsFixture : GraphApiHost
{
    public const int MaxPageSize = 5;
    public const int DefaultPageSize = 2;
    public const int MaxRequestBytes = 4096;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:GraphApi:MaxPageSize"] = MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EntityGraph:GraphApi:DefaultPageSize"] = DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EntityGraph:GraphApi:MaxDepth"] = "13",
        ["EntityGraph:GraphApi:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);
}
