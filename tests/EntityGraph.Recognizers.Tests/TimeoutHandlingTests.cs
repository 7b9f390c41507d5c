using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Recognizers.Tests;

public sealed class TimeoutHandlingTests
{
    [Fact]
    public async Task A_recognizer_that_times_out_is_skipped_and_logged_while_the_others_still_answer()
    {
        var logger = new ListLogger();
        var options = new RecognizerOptions { Profiles = { ["extraction"] = new() { Recognizers = ["bad", "rules/email", "rules/date"] } } };
        var composite = Pipelines.BuiltIn(options, logger, new BacktrackingRecognizer());
        var text = "Mail a@b.com " + new string('a', 40) + "!";

        var matches = await MatchAssert.RunAsync(composite, text, "en");

        Assert.Equal(["a@b.com"], matches.Select(m => text[m.Start..m.End]));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.StartsWith("Recognizer bad timed out", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000, "1")]
    [InlineData(50_000, "1 ")]
    [InlineData(30_000, "12-")]
    [InlineData(50_000, "a.")]
    [InlineData(40_000, "(1) ")]
    public async Task Long_repetitive_input_finishes_without_matches(int repeats, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats));
        var pipeline = Pipelines.BuiltIn();

        Assert.Empty(await MatchAssert.RunAsync(pipeline, text, ""));
        Assert.Empty(await pipeline.RecognizeAsync(new RecognitionRequest(text, ""), ProfileNames.RedactionRules, CancellationToken.None));
    }

    private sealed class BacktrackingRecognizer : RuleRecognizer
    {
        private static readonly Regex Catastrophic = new("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        public override string Name => "bad";

        public override IReadOnlyCollection<string> Types => [PatternTypes.Date];

        public override IReadOnlyList<Detection> Recognize(string text, string language) =>
            Catastrophic.Matches(text).Select(m => new Detection(m.Index, m.Index + m.Length, PatternTypes.Date, 0.5, "bad")).ToArray();
    }

    private sealed class ListLogger : ILogger<RecognizerPipeline>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
