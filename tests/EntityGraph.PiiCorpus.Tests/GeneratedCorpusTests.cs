using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>Properties of the generated corpus (seed 7, 200 documents per language).</summary>
public sealed class GeneratedCorpusTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private IEnumerable<(PiiDocument Document, PiiSpan Span)> Entities => corpus.Documents.SelectMany(d => d.Entities.Select(e => (d, e)));

    private IEnumerable<(PiiDocument Document, PiiSpan Span)> Decoys => corpus.Documents.SelectMany(d => d.Decoys.Select(e => (d, e)));

    [Fact]
    public void HasTheRequestedDocumentsWithUniqueIds()
    {
        Assert.Equal(PiiTypes.Languages.Count * CorpusFixture.DocumentsPerLanguage, corpus.Documents.Count);
        Assert.Equal(corpus.Documents.Count, corpus.Documents.Select(d => d.Id).Distinct().Count());
        Assert.Equal(PiiTypes.Languages, corpus.Documents.Select(d => d.Language).Distinct());
        Assert.Equal("en-0001", corpus.Documents[0].Id);
    }

    [Fact]
    public void OffsetsMatchValuesAndSpansDoNotOverlap()
    {
        foreach (var document in corpus.Documents)
        {
            var spans = document.Entities.Concat(document.Decoys).OrderBy(s => s.Start).ToList();
            foreach (var span in spans)
            {
                Assert.Equal(span.Value, document.Text[span.Start..span.End]);
                Assert.Equal(span.Value.Trim(), span.Value);
            }

            for (var i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i - 1].End < spans[i].Start, $"{document.Id}: overlapping spans");
            }

            Assert.Equal(document.Entities.OrderBy(e => e.Start), document.Entities);
        }
    }

    [Fact]
    public void EveryGoldValuePassesAnIndependentCheck()
    {
        var failures = Entities.Where(x => !IndependentChecks.IsValid(x.Span.Type, x.Span.Value, x.Document.Language))
            .Select(x => $"{x.Document.Id} {x.Span.Type} '{x.Span.Value}'").ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryGoldValueOfACheckedTypePassesTheLibraryValidator()
    {
        var failures = Entities.Where(x => PiiChecks.HasCheck(x.Span.Type) && !PiiChecks.IsValid(x.Span.Type, x.Span.Value))
            .Select(x => $"{x.Document.Id} {x.Span.Type} '{x.Span.Value}'").ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryDecoyHasTheGoldLayoutButFailsItsCheck()
    {
        Assert.NotEmpty(Decoys);
        foreach (var (document, decoy) in Decoys)
        {
            Assert.Contains(decoy.Type, PiiTypes.ChecksumValidated);
            Assert.True(IndependentChecks.HasLayout(decoy.Type, decoy.Value), $"{document.Id} decoy {decoy.Type} '{decoy.Value}' has the wrong layout");
            Assert.False(IndependentChecks.IsValid(decoy.Type, decoy.Value, document.Language), $"{document.Id} decoy {decoy.Type} '{decoy.Value}' passes the check");
            Assert.False(PiiChecks.IsValid(decoy.Type, decoy.Value), $"{document.Id} decoy {decoy.Type} '{decoy.Value}' passes the library check");
        }
    }

    [Fact]
    public void EveryAllowedTypeHasAtLeastTwentyValuesInEveryLanguage()
    {
        foreach (var language in PiiTypes.Languages)
        {
            var counts = Entities.Where(x => x.Document.Language == language).GroupBy(x => x.Span.Type).ToDictionary(g => g.Key, g => g.Count());
            foreach (var type in PiiTypes.ForLanguage(language))
            {
                Assert.True(counts.GetValueOrDefault(type) >= 20, $"{language} {type}: {counts.GetValueOrDefault(type)} values");
            }

            Assert.Empty(counts.Keys.Except(PiiTypes.ForLanguage(language)));
        }
    }

    [Fact]
    public void NationalIdentifiersOnlyAppearInTheirLanguage()
    {
        foreach (var (document, span) in Entities.Concat(Decoys))
        {
            Assert.Contains(span.Type, PiiTypes.ForLanguage(document.Language));
        }

        Assert.Empty(PiiTypes.NationalIdentifiers("pt"));
        Assert.Equal([PiiTypes.UsSsn, PiiTypes.UkNino, PiiTypes.UkNhs, PiiTypes.InAadhaar], PiiTypes.NationalIdentifiers("en"));
    }

    [Fact]
    public void EveryChecksumTypeOfALanguageGetsDecoys()
    {
        foreach (var language in PiiTypes.Languages)
        {
            var decoyTypes = Decoys.Where(x => x.Document.Language == language).Select(x => x.Span.Type).ToHashSet();
            foreach (var type in PiiTypes.ForLanguage(language).Where(PiiTypes.ChecksumValidated.Contains))
            {
                Assert.Contains(type, decoyTypes);
            }
        }
    }

    [Fact]
    public void DocumentsHaveOneToThreeValuesAtMostOneDecoyAndOneToFourSentences()
    {
        foreach (var document in corpus.Documents)
        {
            Assert.InRange(document.Entities.Count, 1, 3);
            Assert.InRange(document.Decoys.Count, 0, 1);
            var sentences = CountSentences(document);
            Assert.True(sentences is >= 1 and <= 4, $"{document.Id}: {sentences} sentences in '{document.Text}'");
        }

        Assert.Contains(corpus.Documents, d => d.Decoys.Count == 1);
        Assert.Contains(corpus.Documents, d => d.Entities.Count == 3);
        Assert.Contains(corpus.Documents, d => d.Entities.Count == 1);
    }

    [Fact]
    public void DecoysSitInSentencesWithContextWords()
    {
        var ibanDecoysWithContext = Decoys.Count(x => x.Span.Type == PiiTypes.Iban
            && x.Document.Text.Contains("IBAN", StringComparison.Ordinal));
        Assert.True(ibanDecoysWithContext > 0, "some IBAN decoys should sit next to the word IBAN");
    }

    [Fact]
    public void FormatsVaryAsPeopleWriteThem()
    {
        string[] Values(string type) => [.. Entities.Where(x => x.Span.Type == type).Select(x => x.Span.Value)];

        Assert.Contains(Values(PiiTypes.Iban), v => v.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.Iban), v => !v.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.CreditCard), v => v.Contains('-', StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.CreditCard), v => v.Length == 17 || v.Length == 15);
        Assert.Contains(Values(PiiTypes.Phone), v => v.StartsWith('+'));
        Assert.Contains(Values(PiiTypes.Phone), v => !v.StartsWith('+'));
        Assert.Contains(Values(PiiTypes.IpAddress), v => v.Contains("::", StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.IpAddress), v => v.Split(':').Length == 8 && v.Split(':').All(g => g.Length == 4));
        Assert.Contains(Values(PiiTypes.IpAddress), v => v.Split('.').Length == 4);
        Assert.Contains(Values(PiiTypes.MacAddress), v => v.Contains('-', StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.Url), v => v.StartsWith("www.", StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.Url), v => v.StartsWith("https://", StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.Crypto), v => v.StartsWith('1'));
        Assert.Contains(Values(PiiTypes.Crypto), v => v.StartsWith('3'));
        Assert.Contains(Values(PiiTypes.Crypto), v => v.StartsWith("bc1q", StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.DateTime), v => v.Contains("März", StringComparison.Ordinal) || v.Contains("de mayo de", StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.EsNif), v => v[0] is 'X' or 'Y' or 'Z');
        Assert.Contains(Values(PiiTypes.SePersonnummer), v => v.Length == 13);
        Assert.Contains(Values(PiiTypes.FrNir), v => v.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(Values(PiiTypes.UkNino), v => v.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void PhonesCoverEveryRegionOfTheLanguage()
    {
        var english = Entities.Where(x => x.Document.Language == "en" && x.Span.Type == PiiTypes.Phone).Select(x => x.Span.Value).ToList();
        Assert.Contains(english, v => IndependentChecks.IsPhone(v, "en") && v.StartsWith("+1", StringComparison.Ordinal) || v.StartsWith('('));
        Assert.Contains(english, v => v.StartsWith("+44", StringComparison.Ordinal) || v.StartsWith("07", StringComparison.Ordinal) || v.StartsWith("02", StringComparison.Ordinal));
        var portuguese = Entities.Where(x => x.Document.Language == "pt" && x.Span.Type == PiiTypes.Phone).Select(x => x.Span.Value).ToList();
        Assert.Contains(portuguese, v => v.StartsWith("+55", StringComparison.Ordinal) || v.StartsWith('('));
        Assert.Contains(portuguese, v => v.StartsWith("+351", StringComparison.Ordinal) || v.StartsWith('2') || v.StartsWith('9'));
    }

    [Fact]
    public void IbansUseTheLanguageCountryAndSometimesGbDeFr()
    {
        var dutch = Entities.Where(x => x.Document.Language == "nl" && x.Span.Type == PiiTypes.Iban).Select(x => x.Span.Value[..2]).ToList();
        Assert.True(dutch.Count(c => c == "NL") > dutch.Count / 2);
        Assert.Contains(dutch, c => c is "GB" or "DE" or "FR");
        Assert.All(dutch, c => Assert.Contains(c, new[] { "NL", "GB", "DE", "FR" }));
    }

    private static int CountSentences(PiiDocument document)
    {
        // Mask values so their dots do not count, then count lines and the sentence ends inside them.
        var text = document.Text.ToCharArray();
        foreach (var span in document.Entities.Concat(document.Decoys))
        {
            for (var i = span.Start; i < span.End; i++)
            {
                text[i] = 'X';
            }
        }

        var lines = new string(text).Split('\n');
        return lines.Sum(line => Math.Max(1, System.Text.RegularExpressions.Regex.Matches(line, @"[.!?](?=\s+[\p{Lu}¿¡]|\s*$)").Count));
    }
}
