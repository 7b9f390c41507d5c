using EntityGraph.Grains;
using EntityGraph.Silo.Benchmarking;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Benchmarking;

public sealed class BenchCorpusTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public void Sentences_are_grouped_in_order_into_documents_of_about_two_hundred_words()
    {
        var folder = workspace.Folder("corpus-grouping");
        BenchCorpusFile.Write(Path.Combine(folder, "en.tiny.dev.iob2"), sentences: 40);
        BenchCorpusFile.Write(Path.Combine(folder, "de.tiny.dev.iob2"), sentences: 3);

        var corpus = BenchCorpus.Load(folder, ["en", "de"]);

        var en = corpus.Documents["en"];
        Assert.Equal([208, 208, 104], en.Select(d => d.Words));
        Assert.Equal(["bench-en-001", "bench-en-002", "bench-en-003"], en.Select(d => d.Id));
        Assert.StartsWith("Anna Schmidt 0 met the board of ACME in Berlin on Monday .\nAnna Schmidt 1 met", en[0].Text, StringComparison.Ordinal);
        Assert.Equal(16, en[0].Text.Split('\n').Length);
        Assert.Empty(corpus.Documents["de"]);
        Assert.Equal(["en", "en", "en"], corpus.All.Select(d => d.Language));
        Assert.Equal("Anna Schmidt 0 met the board", corpus.Sample("en", 6));
        Assert.Equal(Path.Combine(folder, "en.tiny.dev.iob2"), corpus.Files["en"]);
    }

    [Fact]
    public void A_missing_folder_or_language_file_is_a_clear_error()
    {
        var folder = workspace.Folder("corpus-missing");
        BenchCorpusFile.Write(Path.Combine(folder, "en.tiny.dev.iob2"), sentences: 2);

        var noFolder = Assert.Throws<EntityGraphException>(() => BenchCorpus.Load(Path.Combine(folder, "nowhere"), ["en"]));
        var noLanguage = Assert.Throws<EntityGraphException>(() => BenchCorpus.Load(folder, ["en", "fi"]));

        Assert.Equal("FILE_NOT_FOUND", noFolder.Code);
        Assert.Contains("scripts/build-bench-corpus.sh", noFolder.Message, StringComparison.Ordinal);
        Assert.Equal("FILE_NOT_FOUND", noLanguage.Code);
        Assert.Contains("no fi.*.dev.iob2 file", noLanguage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_iob2_is_invalid_input()
    {
        var folder = workspace.Folder("corpus-bad");
        File.WriteAllText(Path.Combine(folder, "en.bad.dev.iob2"), "Anna\tB-PER\nno tag here at all\n");

        var error = Assert.Throws<EntityGraphException>(() => BenchCorpus.Load(folder, ["en"]));

        Assert.Equal("INVALID_INPUT", error.Code);
        Assert.Contains("en.bad.dev.iob2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Median_and_percentiles_are_the_usual_ones()
    {
        Assert.Equal(3, BenchTimer.Median([5, 1, 3]));
        Assert.Equal(2.5, BenchTimer.Median([4, 1, 3, 2]));
        Assert.Equal(0, BenchTimer.Median([]));
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Assert.Equal((50, 95, 99, 100), (BenchTimer.Percentile(sorted, 50), BenchTimer.Percentile(sorted, 95), BenchTimer.Percentile(sorted, 99), BenchTimer.Percentile(sorted, 100)));
        Assert.Equal(7, BenchTimer.Percentile([7], 99));
    }

    [Fact]
    public async Task A_timed_rate_repeats_a_short_pass_until_a_run_lasts_the_minimum()
    {
        var (quick, slow) = (0, 0);
        var timer = new BenchTimer(Runs: 2, MinSeconds: 0.05);

        var quickRate = await timer.RateAsync(10, _ =>
        {
            quick++;
            return Task.CompletedTask;
        });
        var slowRate = await timer.RateAsync(10, async token =>
        {
            slow++;
            await Task.Delay(60, token);
        });

        Assert.True(quick > 3, $"{quick} quick passes: a pass shorter than the minimum is repeated within each run");
        Assert.Equal(3, slow);
        Assert.True(quickRate > 0);
        Assert.InRange(slowRate, 1, 10 / 0.05);
    }
}
