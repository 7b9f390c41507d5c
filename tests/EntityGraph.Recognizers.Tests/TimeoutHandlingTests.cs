using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Recognizers.Tests;

public sealed class TimeoutHandlingTests
{
    [Fact]
    public void A_recognizer_that_times_out_is_skipped_and_logged_while_the_others_still_answer()
    {
        var logger = new ListLogger();
        var composite = new CompositePatternRecognizer(
            [new BacktrackingRecognizer(), .. CompositePatternRecognizer.CreateBuiltInRecognizers()],
            logger: logger);
        var text = "Mail a@b.com " + new string('a', 40) + "!";

        var matches = MatchAssert.Run(composite, text, "en");

        Assert.Equal(["a@b.com"], matches.Select(m => text[m.Start..m.End]));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(nameof(BacktrackingRecognizer), entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000, "1")]
    [InlineData(50_000, "1 ")]
    [InlineData(30_000, "12-")]
    [InlineData(50_000, "a.")]
    [InlineData(40_000, "(1) ")]
    public void Long_repetitive_input_finishes_without_matches(int repeats, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats));

        var matches = MatchAssert.Run(new CompositePatternRecognizer(), text, "");

        Assert.Empty(matches);
    }

    private sealed class BacktrackingRecognizer : IPatternRecognizer
    {
        private static readonly Regex Catastrophic = new("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        public IReadOnlyList<PatternMatch> Recognize(string text, string language) =>
            Catastrophic.Matches(text).Select(m => new PatternMatch(m.Index, m.Index + m.Length, PatternTypes.Date, 0.5, "bad")).ToArray();
    }

    private sealed class ListLogger : ILogger<CompositePatternRecognizer>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
