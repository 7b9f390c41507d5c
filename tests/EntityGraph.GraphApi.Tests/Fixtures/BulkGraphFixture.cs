using System.Globalization;
using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over 60 generated documents, each mentioning three of 20 entities.</summary>
public sealed class BulkGraphFixture : GraphApiHost
{
    public const int DocumentCount = 60;
    public const int EntityCount = 20;

    protected override async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var types = new[] { "PER", "ORG", "LOC" };
        var entities = Enumerable.Range(0, EntityCount)
            .Select(i => new SeedEntity($"e{i:00}", types[i % types.Length], $"Name{i:00}", $"name{i:00}"))
            .ToArray();
        for (var j = 0; j < DocumentCount; j++)
        {
            var (a, b, c) = (entities[j % EntityCount], entities[(j + 5) % EntityCount], entities[(j + 11) % EntityCount]);
            var text = string.Create(CultureInfo.InvariantCulture, $"Report {j}: {a.CanonicalName} met {b.CanonicalName} near {c.CanonicalName}.");
            var language = j % 2 == 0 ? "en" : "de";
            await store.UpsertDocumentAsync(SeedDocuments.Build(
                $"bulk-{j:00}",
                language,
                $"Report {j}",
                text,
                [new(a, a.CanonicalName), new(b, b.CanonicalName), new(c, c.CanonicalName)],
                [new TagRecord(language == "en" ? "english" : "german", false, 0.5)]),
                cancellationToken);
        }
    }
}
