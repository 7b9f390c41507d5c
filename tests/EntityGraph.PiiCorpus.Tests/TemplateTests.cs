using EntityGraph.PiiCorpus.Templates;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The sentence templates shipped for every language.</summary>
public sealed class TemplateTests
{
    public static TheoryData<string> Languages() => [.. PiiTypes.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTypeOfTheLanguageHasAtLeastEightTemplates(string language)
    {
        var templates = TemplateSet.Load(language);
        foreach (var type in PiiTypes.ForLanguage(language))
        {
            Assert.True(templates.For(type).Count >= 8, $"{language} [{type}] has {templates.For(type).Count} templates");
        }

        Assert.True(templates.Fillers.Count >= 5);
        Assert.Contains(templates.For(PiiTypes.Person), t => t.Role == TemplateRole.Opener);
        Assert.Contains(templates.For(PiiTypes.Person), t => t.Role == TemplateRole.Closer);
    }

    [Theory]
    [InlineData("en", PiiTypes.Iban, "IBAN")]
    [InlineData("en", PiiTypes.UsSsn, "SSN")]
    [InlineData("en", PiiTypes.UkNino, "National Insurance number")]
    [InlineData("en", PiiTypes.UkNhs, "NHS number")]
    [InlineData("en", PiiTypes.InAadhaar, "Aadhaar")]
    [InlineData("de", PiiTypes.Iban, "Kontonummer")]
    [InlineData("de", PiiTypes.DeTaxId, "Steuer-ID")]
    [InlineData("de", PiiTypes.DeTaxId, "Steueridentifikationsnummer")]
    [InlineData("fr", PiiTypes.FrNir, "numéro de sécurité sociale")]
    [InlineData("es", PiiTypes.EsNif, "DNI")]
    [InlineData("it", PiiTypes.ItFiscalCode, "codice fiscale")]
    [InlineData("nl", PiiTypes.NlBsn, "BSN")]
    [InlineData("pl", PiiTypes.PlPesel, "PESEL")]
    [InlineData("sv", PiiTypes.SePersonnummer, "personnummer")]
    public void SomeTemplatesCarryTheContextWordAndSomeDoNot(string language, string type, string word)
    {
        var literals = TemplateSet.Load(language).For(type).Select(t => string.Concat(t.Parts.Where(p => !p.IsSlot).Select(p => p.Text))).ToList();
        Assert.Contains(literals, text => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(literals, text => !text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ParseRejectsSlotsOfOtherLanguagesAndMissingOwnSlots()
    {
        var foreignSlot = "[FILLER]\nHello.\n[EMAIL]\nMy BSN is {NL_BSN} and mail {EMAIL}.\n";
        var error = Assert.Throws<InvalidDataException>(() => TemplateSet.Parse("en", new StringReader(foreignSlot), "test"));
        Assert.Contains("test:4", error.Message, StringComparison.Ordinal);

        var missingOwn = "[FILLER]\nHello.\n[EMAIL]\nCall {PHONE}.\n";
        Assert.Throws<InvalidDataException>(() => TemplateSet.Parse("en", new StringReader(missingOwn), "test"));

        var tooFew = "[FILLER]\nHello.\n[EMAIL]\nMail {EMAIL}.\n";
        Assert.Throws<InvalidDataException>(() => TemplateSet.Parse("en", new StringReader(tooFew), "test"));
    }

    [Fact]
    public void SentenceTemplateSplitsLiteralsAndSlots()
    {
        var template = SentenceTemplate.Parse("@open Dear {PERSON}, invoice {NUM}");
        Assert.Equal(TemplateRole.Opener, template.Role);
        Assert.Equal([PiiTypes.Person], template.PiiSlots);
        Assert.Equal(["Dear ", "PERSON", ", invoice ", "NUM"], template.Parts.Select(p => p.Text));
    }
}
