using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

public sealed class PathExpanderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entitygraph-globs-").FullName;

    [Fact]
    public void Wildcards_expand_to_the_matching_files_in_order_and_other_paths_pass_through()
    {
        foreach (var file in new[] { "a.txt", "b.txt", "c.pdf", "sub/d.txt", "sub/deep/e.txt", "sub/deep/f.eml" })
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        var expanded = PathExpander.Expand([Path.Combine(folder, "*.txt"), Path.Combine(folder, "sub/**/*.eml"), Path.Combine(folder, "c.pdf"), Path.Combine(folder, "sub")]);

        Assert.Equal(
            [Path.Combine(folder, "a.txt"), Path.Combine(folder, "b.txt"), Path.Combine(folder, "sub", "deep", "f.eml"), Path.Combine(folder, "c.pdf"), Path.Combine(folder, "sub")],
            expanded.Select(p => p.Replace('/', Path.DirectorySeparatorChar)));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_stays_so_the_reader_reports_it()
    {
        var pattern = Path.Combine(folder, "*.docx");
        var missingRoot = Path.Combine(folder, "nowhere", "*.txt");

        Assert.Equal([pattern, missingRoot], PathExpander.Expand([pattern, missingRoot]));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
