using EntityGraph.Recognizers.Context;

namespace EntityGraph.Recognizers.Tests.Pii;

/// <summary>The context words that raise the scores of PII candidates: where they count and where they do not.</summary>
public sealed class ContextWordsTests
{
    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["pesel", "ip"],
        ["de"] = ["telefon"],
    });

    [Theory]
    [InlineData("PESEL: 44051401359", true)]
    [InlineData("44051401359 (pesel)", true)]
    [InlineData("ip 44051401359", true)]
    [InlineData("IP-Adresse 44051401359", true)]
    [InlineData("the relationship 44051401359", false)]
    [InlineData("tip: 44051401359", false)]
    [InlineData("a description 44051401359", false)]
    [InlineData("44051401359", false)]
    public void A_word_counts_where_it_begins_a_word(string text, bool expected)
    {
        var start = text.IndexOf("44051401359", StringComparison.Ordinal);

        Assert.Equal(expected, Words.HasContext(text, start, start + 11, "en"));
    }

    [Theory]
    [InlineData("Telefonnummer: 030 901820", "de", true)]
    [InlineData("Telefon 030 901820", "de", true)]
    [InlineData("Telefon 030 901820", "en", false)]
    public void A_language_word_counts_for_its_language_also_at_the_start_of_a_compound(string text, string language, bool expected)
    {
        var start = text.IndexOf("030", StringComparison.Ordinal);

        Assert.Equal(expected, Words.HasContext(text, start, text.Length, language));
    }

    [Fact]
    public void A_word_counts_only_within_the_window_before_or_after()
    {
        const string value = "44051401359";
        var justInsideBefore = "PESEL" + new string(' ', ContextWords.WindowBefore - 5) + value;
        var justOutsideBefore = "PESEL" + new string(' ', ContextWords.WindowBefore - 4) + value;
        var justInsideAfter = value + new string(' ', ContextWords.WindowAfter - 5) + "PESEL";
        var justOutsideAfter = value + new string(' ', ContextWords.WindowAfter - 4) + "PESEL";

        Assert.True(HasContext(justInsideBefore, value));
        Assert.False(HasContext(justOutsideBefore, value));
        Assert.True(HasContext(justInsideAfter, value));
        Assert.False(HasContext(justOutsideAfter, value));
    }

    [Fact]
    public void A_score_rises_by_the_boost_and_at_most_to_one()
    {
        const string text = "PESEL 44051401359";

        Assert.Equal(0.5 + ContextWords.Boost, Words.Score(text, 6, 17, "pl", 0.5), 6);
        Assert.Equal(1.0, Words.Score(text, 6, 17, "pl", 0.9));
        Assert.Equal(0.5, Words.Score("Nr 44051401359", 3, 14, "pl", 0.5));
        Assert.Equal(0.5, ContextWords.None.Score(text, 6, 17, "pl", 0.5));
    }

    private static bool HasContext(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return Words.HasContext(text, start, start + value.Length, "pl");
    }
}
