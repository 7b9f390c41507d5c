using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class UrlRecognizerTests
{
    private readonly UrlRecognizer recognizer = new();

    [Theory]
    [InlineData("See https://example.com/docs?page=2#intro.", "https://example.com/docs?page=2#intro")]
    [InlineData("Visit http://localhost:8080/api, then stop.", "http://localhost:8080/api")]
    [InlineData("Go to www.example.org!", "www.example.org")]
    [InlineData("Code is on github.com/dotnet/runtime; clone it.", "github.com/dotnet/runtime")]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("Link: \"https://example.com/a\"", "https://example.com/a")]
    [InlineData("Siehe https://de.wikipedia.org/wiki/Köln.", "https://de.wikipedia.org/wiki/Köln")]
    [InlineData("请访问https://example.cn/path。谢谢", "https://example.cn/path")]
    [InlineData("HTTPS://EXAMPLE.COM is shouting.", "HTTPS://EXAMPLE.COM")]
    [InlineData("Server at http://192.168.0.10:5000/health is up", "http://192.168.0.10:5000/health")]
    public void Finds_the_url_without_trailing_punctuation(string text, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, "en", expected);

        Assert.Equal(PatternTypes.Url, match.Type);
    }

    [Fact]
    public void Scores_scheme_above_www_above_bare_domain()
    {
        var scheme = MatchAssert.Single(recognizer, "at https://a.io", "en", "https://a.io");
        var www = MatchAssert.Single(recognizer, "at www.a.io", "en", "www.a.io");
        var bare = MatchAssert.Single(recognizer, "at a.io", "en", "a.io");

        Assert.True(scheme.Confidence > www.Confidence);
        Assert.True(www.Confidence > bare.Confidence);
    }

    [Theory]
    [InlineData("Write to jane.doe@example.com today.")]
    [InlineData("Pi is 3.14 and e is 2.71.")]
    [InlineData("Use Node.js with ASP.NET and e.g. version 1.2.3.")]
    [InlineData("Open report.pdf or main.py or readme.md.")]
    [InlineData("He left.It was late.")]
    public void Rejects_emails_numbers_and_file_names(string text) =>
        MatchAssert.None(recognizer, text, "en");
}
