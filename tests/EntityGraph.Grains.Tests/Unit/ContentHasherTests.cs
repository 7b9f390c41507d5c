using EntityGraph.Grains.Documents;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class ContentHasherTests
{
    private static readonly ValidatedDocument Base = new("d", "Some text", "en", "Title", "src", [], ExtractionAccuracy.Best);

    [Fact]
    public void The_same_document_hashes_alike_whatever_its_tags()
    {
        Assert.Equal(ContentHasher.Compute(Base), ContentHasher.Compute(Base with { Tags = ["a"] }));
        Assert.Matches("^[0-9a-f]{64}$", ContentHasher.Compute(Base));
    }

    [Fact]
    public void Text_title_language_and_source_each_change_the_hash()
    {
        var variants = new[]
        {
            Base,
            Base with { Text = "Some text!" },
            Base with { Title = null },
            Base with { Title = "Title2" },
            Base with { Language = null },
            Base with { Language = "de" },
            Base with { Source = "other" },
            Base with { Text = "Some textTitle", Title = string.Empty },
        };

        Assert.Equal(variants.Length, variants.Select(ContentHasher.Compute).Distinct().Count());
    }
}
