using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// Six small documents in German, English, Russian, French and Japanese, seeded in this order, so lists that are
/// newest first read ja-1, fr-1, en-2, ru-1, en-1, de-1. Expected values in the tests were worked out by hand from these texts.
/// </summary>
public static class SampleCorpus
{
    public static readonly SeedEntity Munich = new("loc-munich", "LOC", "Munich", "munich");
    public static readonly SeedEntity Germany = new("loc-germany", "LOC", "Germany", "germany");
    public static readonly SeedEntity Berlin = new("loc-berlin", "LOC", "Berlin", "berlin");
    public static readonly SeedEntity Tokyo = new("loc-tokyo", "LOC", "Tokyo", "tokyo");
    public static readonly SeedEntity Siemens = new("org-siemens", "ORG", "Siemens", "siemens");
    public static readonly SeedEntity Bmw = new("org-bmw", "ORG", "BMW", "bmw");
    public static readonly SeedEntity Toyota = new("org-toyota", "ORG", "Toyota", "toyota");
    public static readonly SeedEntity Merkel = new("per-merkel", "PER", "Angela Merkel", "angela merkel");

    public static IReadOnlyList<DocumentWrite> Documents { get; } =
    [
        SeedDocuments.Build(
            "doc-de-1",
            "de",
            "Neues Werk",
            "Siemens eröffnet ein neues Werk in München. Angela Merkel besuchte München und Deutschland.",
            [new(Siemens, "Siemens", Confidence: 0.5), new(Munich, "München"), new(Merkel, "Angela Merkel"), new(Munich, "München", 2), new(Germany, "Deutschland")],
            [new TagRecord("industry", false, 0.75), new TagRecord("munich", false, 0.5)],
            "https://example.test/de/1"),
        SeedDocuments.Build(
            "doc-en-1",
            "en",
            "Car makers",
            "Munich is home to BMW. Siemens and BMW both grew in Germany.",
            [new(Munich, "Munich"), new(Bmw, "BMW"), new(Siemens, "Siemens"), new(Bmw, "BMW", 2), new(Germany, "Germany")],
            [new TagRecord("cars", false, 0.75), new TagRecord("industry", false, 0.5)]),
        SeedDocuments.Build(
            "doc-ru-1",
            "ru",
            "Мюнхен",
            "Мюнхен — город в Германии. Ангела Меркель выступила в Берлине.",
            [new(Munich, "Мюнхен"), new(Germany, "Германии"), new(Merkel, "Ангела Меркель"), new(Berlin, "Берлине")],
            [new TagRecord("politics", false, 0.5)]),
        SeedDocuments.Build(
            "doc-en-2",
            "en",
            "Speech",
            "Angela Merkel spoke in Berlin about Germany.",
            [new(Merkel, "Angela Merkel"), new(Berlin, "Berlin"), new(Germany, "Germany")],
            [new TagRecord("politics", false, 0.75)]),
        SeedDocuments.Build(
            "doc-fr-1",
            "fr",
            null,
            "BMW présente une voiture à Berlin.",
            [new(Bmw, "BMW"), new(Berlin, "Berlin")],
            [new TagRecord("cars", false, 0.5)]),
        SeedDocuments.Build(
            "doc-ja-1",
            "ja",
            "新車",
            "🚀 東京でトヨタが新車を発表した。",
            [new(Tokyo, "東京"), new(Toyota, "トヨタ")]),
    ];

    public static async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        foreach (var document in Documents)
        {
            await store.UpsertDocumentAsync(document, cancellationToken);
        }
    }
}
