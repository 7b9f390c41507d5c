using EntityGraph.PiiCorpus.Scoring;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The scorer on small hand-made gold/prediction pairs with known results.</summary>
public sealed class ScorerTests
{
    private const string GermanText = "Ruf 030 1234567 an oder schreib an a@b.de. IBAN DE89 3704 0044 0532 0130 00, nicht DE88 3704 0044 0532 0130 00.";
    private const string EnglishText = "John Smith wrote from x@y.com today.";
    private const string SecondEnglishText = "Mary Jones called.";

    private static readonly IReadOnlyList<PiiDocument> Gold =
    [
        new("de-0001", "de", GermanText,
            [Span(GermanText, PiiTypes.Phone, "030 1234567"), Span(GermanText, PiiTypes.Email, "a@b.de"), Span(GermanText, PiiTypes.Iban, "DE89 3704 0044 0532 0130 00")],
            [Span(GermanText, PiiTypes.Iban, "DE88 3704 0044 0532 0130 00")]),
        new("en-0001", "en", EnglishText, [Span(EnglishText, PiiTypes.Person, "John Smith"), Span(EnglishText, PiiTypes.Email, "x@y.com")], []),
        new("en-0002", "en", SecondEnglishText, [Span(SecondEnglishText, PiiTypes.Person, "Mary Jones")], []),
    ];

    private static PiiSpan Span(string text, string type, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new PiiSpan(start, start + value.Length, type, value);
    }

    private static PredictedItem Item(string text, string type, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, value);
        return new PredictedItem(type, start, start + value.Length);
    }

    private static PiiScoreReport ScoreExample() => PiiScorer.Score(Gold,
    [
        new PredictedDocument("de-0001",
        [
            Item(GermanText, PiiTypes.Phone, "030"), // phone split in two items: together they cover it
            Item(GermanText, PiiTypes.Phone, "1234567"),
            Item(GermanText, PiiTypes.Email, "a@b.de"),
            Item(GermanText, PiiTypes.Iban, "DE89 3704"), // overlaps gold (true positive) but does not cover it
            Item(GermanText, PiiTypes.Iban, "DE88 3704 0044 0532 0130 00"), // the decoy: false positive, flagged
            Item(GermanText, "LOCATION", "Ruf"),
        ]),
        new PredictedDocument("en-0001",
        [
            Item(EnglishText, PiiTypes.Person, "John Smith"),
            Item(EnglishText, PiiTypes.Phone, "today"),
        ]),

        // en-0002 has no prediction line: nothing predicted.
    ]);

    [Fact]
    public void PerTypeCountsAndMetrics()
    {
        var report = ScoreExample();
        var byType = report.Types.ToDictionary(t => t.Type);
        Assert.Equal([PiiTypes.Email, PiiTypes.Iban, PiiTypes.Person, PiiTypes.Phone], report.Types.Select(t => t.Type));

        var phone = byType[PiiTypes.Phone];
        Assert.Equal((1, 1, 3, 2, 1), (phone.Gold, phone.Found, phone.Predicted, phone.TruePositives, phone.FalsePositives));
        Assert.Equal(2.0 / 3, phone.Precision, 12);
        Assert.Equal(1.0, phone.Recall, 12);
        Assert.Equal(10.0 / 11, phone.F2, 12);

        var email = byType[PiiTypes.Email];
        Assert.Equal((2, 1, 1, 1, 0), (email.Gold, email.Found, email.Predicted, email.TruePositives, email.FalsePositives));
        Assert.Equal(1.0, email.Precision, 12);
        Assert.Equal(0.5, email.Recall, 12);
        Assert.Equal(5.0 / 9, email.F2, 12);

        var iban = byType[PiiTypes.Iban];
        Assert.Equal((1, 0, 2, 1, 1), (iban.Gold, iban.Found, iban.Predicted, iban.TruePositives, iban.FalsePositives));
        Assert.Equal(0.5, iban.Precision, 12);
        Assert.Equal(0.0, iban.Recall, 12);
        Assert.Equal(0.0, iban.F2, 12);
        Assert.Equal((1, 1, 1), (iban.Decoys, iban.DecoysFlagged, iban.DecoysOverlapped));

        var person = byType[PiiTypes.Person];
        Assert.Equal((2, 1, 1, 1, 0), (person.Gold, person.Found, person.Predicted, person.TruePositives, person.FalsePositives));
        Assert.Equal(5.0 / 9, person.F2, 12);
    }

    [Fact]
    public void OverallUnscoredAndPersonRecallPerLanguage()
    {
        var report = ScoreExample();
        Assert.Equal(3, report.Documents);
        Assert.Equal((6, 3, 5, 2), (report.Overall.Gold, report.Overall.Found, report.Overall.TruePositives, report.Overall.FalsePositives));
        Assert.Equal(5.0 / 7, report.Overall.Precision, 12);
        Assert.Equal(0.5, report.Overall.Recall, 12);
        Assert.Equal(25.0 / 47, report.Overall.F2, 12);

        Assert.Equal([new UnscoredType("LOCATION", 1)], report.UnscoredTypes);
        Assert.Equal([new LanguageRecall("en", PiiTypes.Person, 2, 1, 0.5)], report.PersonRecallByLanguage);
    }

    [Fact]
    public void DecoyOverlappedByAnotherTypeIsNotFlagged()
    {
        var report = PiiScorer.Score(Gold,
        [
            new PredictedDocument("de-0001", [Item(GermanText, PiiTypes.CreditCard, "3704 0044 0532 0130 00, nicht DE88")]),
        ]);
        var iban = report.Types.Single(t => t.Type == PiiTypes.Iban);
        Assert.Equal((1, 0, 1), (iban.Decoys, iban.DecoysFlagged, iban.DecoysOverlapped));
        Assert.Equal([new UnscoredType(PiiTypes.CreditCard, 1)], report.UnscoredTypes);
    }

    [Fact]
    public void CoverageIgnoresWhitespaceButNotMissingCharacters()
    {
        var covered = PiiScorer.Score(Gold,
        [
            new PredictedDocument("de-0001", [Item(GermanText, PiiTypes.Iban, "DE89 3704 0044"), Item(GermanText, PiiTypes.Iban, "0532 0130 00")]),
        ]);
        Assert.Equal(1, covered.Types.Single(t => t.Type == PiiTypes.Iban).Found);

        var gap = PiiScorer.Score(Gold,
        [
            new PredictedDocument("de-0001", [Item(GermanText, PiiTypes.Iban, "DE89 3704 0044"), Item(GermanText, PiiTypes.Iban, "130 00")]),
        ]);
        Assert.Equal(0, gap.Types.Single(t => t.Type == PiiTypes.Iban).Found);
    }

    [Fact]
    public void PerfectPredictionsScoreOne()
    {
        var report = PiiScorer.Score(Gold, [.. Gold.Select(d => new PredictedDocument(d.Id, [.. d.Entities.Select(e => new PredictedItem(e.Type, e.Start, e.End))]))]);
        Assert.All(report.Types, t => Assert.Equal((1.0, 1.0, 1.0, 0), (t.Precision, t.Recall, t.F2, t.DecoysFlagged)));
        Assert.Empty(report.UnscoredTypes);
    }

    [Fact]
    public void UnknownIdsDuplicatesAndOutOfRangeItemsAreErrors()
    {
        var unknown = Assert.Throws<PiiCorpusDataException>(() => PiiScorer.Score(Gold, [new PredictedDocument("fr-0001", [], 4)], "pred.jsonl"));
        Assert.Equal("pred.jsonl:4: prediction id 'fr-0001' is not in the gold data", unknown.Message);
        Assert.Throws<PiiCorpusDataException>(() => PiiScorer.Score(Gold, [new PredictedDocument("en-0001", []), new PredictedDocument("en-0001", [])]));
        Assert.Throws<PiiCorpusDataException>(() => PiiScorer.Score(Gold, [new PredictedDocument("en-0002", [new PredictedItem(PiiTypes.Person, 0, 500)])]));
    }

    [Fact]
    public async Task PredictionLinesAreReadWithLineNumbersForErrors()
    {
        const string input = """
            {"id":"en-0001","text":"<PERSON> wrote","items":[{"type":"PERSON","operator":"replace","score":0.85,"start":0,"end":10,"outputStart":0,"outputEnd":8}]}

            {"id":"en-0002","items":[]}
            """;
        var predictions = await PredictionJsonl.ReadAsync(new StringReader(input), "p", CancellationToken.None);
        Assert.Equal(2, predictions.Count);
        Assert.Equal(new PredictedItem(PiiTypes.Person, 0, 10), predictions[0].Items[0]);
        Assert.Equal(3, predictions[1].LineNumber);

        var error = await Assert.ThrowsAsync<PiiCorpusDataException>(() =>
            PredictionJsonl.ReadAsync(new StringReader("{\"id\":\"a\",\"items\":[]}\n{\"id\":\"b\",\"items\":[{\"type\":\"X\"}]}"), "p", CancellationToken.None));
        Assert.Equal(2, error.LineNumber);
        await Assert.ThrowsAsync<PiiCorpusDataException>(() => PredictionJsonl.ReadAsync(new StringReader("not json"), "p", CancellationToken.None));
    }

    [Fact]
    public void MarkdownHasTheTypeTableAndPersonRecall()
    {
        var markdown = MarkdownReport.Format(ScoreExample());
        Assert.Contains("| type | gold | precision | recall | F2 | decoys flagged |", markdown, StringComparison.Ordinal);
        Assert.Contains("| PHONE | 1 | 0.667 | 1.000 | 0.909 | – |", markdown, StringComparison.Ordinal);
        Assert.Contains("| IBAN | 1 | 0.500 | 0.000 | 0.000 | 1/1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| en | 2 | 1 | 0.500 |", markdown, StringComparison.Ordinal);
        Assert.Contains("LOCATION (1)", markdown, StringComparison.Ordinal);
    }
}
