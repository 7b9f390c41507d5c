using EntityGraph.Grains.Documents;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class TextValidationTests
{
    [Theory]
    [InlineData("Plain text.\nWith lines\tand tabs.\r\n")]
    [InlineData("Emoji 😀 and 漢字 and עברית")]
    [InlineData("Form\ffeed and vertical\vtab")]
    public void Clean_text_passes(string text) => Assert.Null(TextValidation.FindProblem(text));

    [Theory]
    [InlineData("bad \uFFFD here", "U+FFFD")]
    [InlineData("nul \0 here", "U+0000")]
    [InlineData("bell \u0007 here", "U+0007")]
    [InlineData("c1 \u0090 here", "U+0090")]
    public void Garbage_is_found_and_named(string text, string expected)
    {
        var problem = TextValidation.FindProblem(text);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void Unpaired_surrogates_are_found()
    {
        Assert.Contains("unpaired surrogate at offset 5", TextValidation.FindProblem("lone " + (char)0xD800 + " high"));
        Assert.Contains("unpaired surrogate at offset 5", TextValidation.FindProblem("lone " + (char)0xDC00 + " low"));
        Assert.Contains("unpaired surrogate at offset 3", TextValidation.FindProblem("end" + (char)0xD83D));
    }
}
