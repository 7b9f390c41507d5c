using EntityGraph.PiiCorpus.Generation;
using EntityGraph.PiiCorpus.Jsonl;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The corpus depends on the seed and the arguments only.</summary>
public sealed class DeterminismTests
{
    private static List<string> Lines(int seed, int perLanguage, IReadOnlyCollection<string>? languages = null) =>
        [.. new PiiCorpusGenerator(seed).Generate(perLanguage, languages).Select(PiiCorpusJsonl.Serialize)];

    [Fact]
    public void SameSeedGivesTheSameCorpus() => Assert.Equal(Lines(7, 40), Lines(7, 40));

    [Fact]
    public void DifferentSeedsGiveDifferentCorpora()
    {
        var a = Lines(7, 40);
        var b = Lines(8, 40);
        Assert.Equal(a.Count, b.Count);
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) > a.Count * 9 / 10);
    }

    [Fact]
    public void ALanguageSubsetMatchesTheFullCorpusForThoseLanguages()
    {
        var full = Lines(5, 20).Where(l => l.Contains("\"language\":\"fr\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(full, Lines(5, 20, ["fr"]));
    }

    [Fact]
    public void DoesNotDependOnTheCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            var turkish = Lines(3, 15);
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal(Lines(3, 15), turkish);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void RejectsUnknownLanguagesAndNegativeCounts()
    {
        var generator = new PiiCorpusGenerator(1);
        Assert.Throws<ArgumentException>(() => generator.Generate(10, ["xx"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(-1));
    }
}
