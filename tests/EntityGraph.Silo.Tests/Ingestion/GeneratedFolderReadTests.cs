using EntityGraph.DocumentCorpus;
using EntityGraph.DocumentCorpus.Manifest;
using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

/// <summary>
/// The reader of <c>entitygraph ingest</c> over a generated folder of every format: exactly the manifest's documents (ids,
/// texts, titles, formats, parts, parents, PDF pages), failures (origins and codes) and skips, in process and without a store.
/// </summary>
public sealed class GeneratedFolderReadTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("entitygraph-generated-").FullName;

    [Fact]
    public async Task Every_file_reads_back_as_the_generator_wrote_it()
    {
        var folder = Path.Combine(root, "docs");
        var manifest = FolderGenerator.Generate(folder, 300, seed: 11);
        Assert.Equal(300, manifest.Files);

        var items = new List<SourceItem>();
        await foreach (var item in new DocumentSourceReader(4_000_000).ReadAsync([folder]))
        {
            items.Add(item);
        }

        var read = items.Where(item => item.Document is not null).ToDictionary(item => item.Document!.Id);
        Assert.Equal(manifest.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var expected in manifest.Documents)
        {
            var document = read[expected.Id].Document!;
            Assert.True(expected.Text == document.Text, $"{expected.Id}: expected text\n{expected.Text}\nread\n{document.Text}");
            Assert.True(expected.Title == document.Title, $"{expected.Id}: expected title '{expected.Title}', read '{document.Title}'");
            var origin = document.Origin!;
            Assert.Equal(
                (Full(folder, expected.File), expected.Format, expected.Part, expected.ParentId),
                (origin.Path, origin.Format, origin.Part, origin.ParentId));
            Assert.Equal(expected.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture), origin.Metadata?.GetValueOrDefault("pages"));
        }

        var failed = items.Where(item => item.Error is { Skipped: false }).ToDictionary(item => item.Origin, item => item.Error!.Code);
        Assert.Equal(
            manifest.Failures.Select(f => (Full(folder, f.Origin), f.Code)).Order(),
            failed.Select(f => (f.Key, f.Value)).Order());
        Assert.Equal(
            manifest.Skipped.Select(file => Full(folder, file)).Order(StringComparer.Ordinal),
            items.Where(item => item.Error is { Skipped: true }).Select(item => item.Origin).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_seed_writes_the_same_folder_and_manifest()
    {
        var first = FolderGenerator.Generate(Path.Combine(root, "a"), 60, seed: 5);
        var second = FolderGenerator.Generate(Path.Combine(root, "b"), 60, seed: 5);

        Assert.Equal(first.Documents, second.Documents);
        Assert.Equal(first.Failures, second.Failures);
        Assert.Equal(first.FilesByKind, second.FilesByKind);
        Assert.All(FolderGenerator.Shares, share => Assert.True(first.FilesByKind.ContainsKey(share.Kind) || share.Kind == "broken"));
        Assert.Throws<IOException>(() => FolderGenerator.Generate(Path.Combine(root, "a"), 60, seed: 5));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Full(string folder, string relative) => Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
}
