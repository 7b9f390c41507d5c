using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The library's validators against published examples, and the same examples with one character changed.</summary>
public sealed class ValidatorExampleTests
{
    [Theory]
    [InlineData(PiiTypes.Iban, "GB82WEST12345698765432", "GB82WEST12345698765433")]
    [InlineData(PiiTypes.Iban, "GB82 WEST 1234 5698 7654 32", "GB83 WEST 1234 5698 7654 32")]
    [InlineData(PiiTypes.Iban, "DE89370400440532013000", "DE89370400440532013001")]
    [InlineData(PiiTypes.Iban, "FR1420041010050500013M02606", "FR1520041010050500013M02606")]
    [InlineData(PiiTypes.CreditCard, "4111111111111111", "4111111111111112")]
    [InlineData(PiiTypes.CreditCard, "3782 822463 10005", "3782 822463 10006")]
    [InlineData(PiiTypes.CreditCard, "5555-5555-5555-4444", "5555-5555-5555-4445")]
    [InlineData(PiiTypes.NlBsn, "111222333", "111222334")]
    [InlineData(PiiTypes.PlPesel, "44051401359", "44051401358")]
    [InlineData(PiiTypes.InAadhaar, "234123412346", "234123412347")]
    [InlineData(PiiTypes.InAadhaar, "2341 2341 2346", "2341 2341 2345")]
    [InlineData(PiiTypes.FrNir, "1 84 12 76 451 089 46", "1 84 12 76 451 089 47")]
    [InlineData(PiiTypes.FrNir, "184127645108946", "184127645108945")]
    [InlineData(PiiTypes.Crypto, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")]
    [InlineData(PiiTypes.Crypto, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz")]
    [InlineData(PiiTypes.Crypto, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]
    [InlineData(PiiTypes.UkNhs, "943 476 5919", "943 476 5918")]
    [InlineData(PiiTypes.EsNif, "12345678Z", "12345678A")]
    [InlineData(PiiTypes.EsNif, "X1234567L", "X1234567M")]
    [InlineData(PiiTypes.ItFiscalCode, "RSSMRA85T10A562S", "RSSMRA85T10A562T")]
    [InlineData(PiiTypes.SePersonnummer, "811218-9876", "811218-9875")]
    [InlineData(PiiTypes.SePersonnummer, "19811218-9876", "19811218-9877")]
    [InlineData(PiiTypes.DeTaxId, "86095742719", "86095742718")]
    [InlineData(PiiTypes.DeTaxId, "86 095 742 719", "86 095 742 711")]
    public void PublishedExampleIsValidAndChangedCopyIsNot(string type, string valid, string changed)
    {
        Assert.True(PiiChecks.IsValid(type, valid), $"{type} {valid} should be valid");
        Assert.False(PiiChecks.IsValid(type, changed), $"{type} {changed} should be invalid");
    }

    [Theory]
    [InlineData("123-45-6789", true)]
    [InlineData("000-12-3456", false)]
    [InlineData("666-12-3456", false)]
    [InlineData("912-12-3456", false)]
    [InlineData("123-00-3456", false)]
    [InlineData("123-45-0000", false)]
    [InlineData("123456789", false)]
    public void SsnAllocationRules(string value, bool expected) => Assert.Equal(expected, UsSsn.IsValid(value));

    [Theory]
    [InlineData("AB 12 34 56 C", true)]
    [InlineData("AB123456C", true)]
    [InlineData("QQ 12 34 56 C", false)]
    [InlineData("GB123456A", false)]
    [InlineData("DA123456A", false)]
    [InlineData("AO123456A", false)]
    [InlineData("AB123456E", false)]
    public void NinoPrefixAndSuffixRules(string value, bool expected) => Assert.Equal(expected, UkNino.IsValid(value));

    [Theory]
    [InlineData("1123456789", true)]
    [InlineData("1213145678", true)]
    [InlineData("1112345678", false)]
    [InlineData("1123455678", false)]
    [InlineData("0123456789", false)]
    public void SteuerIdDistributionRule(string tenDigits, bool expected) => Assert.Equal(expected, SteuerId.HasValidDistribution(tenDigits));

    [Fact]
    public void IndependentChecksAgreeOnThePublishedExamples()
    {
        Assert.True(IndependentChecks.IsIban("GB82WEST12345698765432"));
        Assert.True(IndependentChecks.IsIban("DE89370400440532013000"));
        Assert.True(IndependentChecks.IsCard("4111111111111111"));
        Assert.True(IndependentChecks.IsBsn("111222333"));
        Assert.True(IndependentChecks.IsPesel("44051401359"));
        Assert.True(IndependentChecks.IsVerhoeff("234123412346"));
        Assert.False(IndependentChecks.IsVerhoeff("234123412347"));
        Assert.True(IndependentChecks.IsNir("184127645108946"));
        Assert.True(IndependentChecks.IsBitcoin("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        Assert.True(IndependentChecks.IsBitcoin("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        Assert.True(IndependentChecks.IsBitcoin("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        Assert.True(IndependentChecks.IsNhs("943 476 5919"));
        Assert.True(IndependentChecks.IsNif("12345678Z"));
        Assert.True(IndependentChecks.IsFiscalCode("RSSMRA85T10A562S"));
        Assert.True(IndependentChecks.IsPersonnummer("811218-9876"));
        Assert.True(IndependentChecks.IsSteuerId("86095742719"));
    }

    [Fact]
    public void CheckDigitFunctionsReproduceTheExamples()
    {
        Assert.Equal("82", Iban.ComputeCheckDigits("GB", "WEST12345698765432"));
        Assert.Equal(1, Luhn.ComputeCheckDigit("411111111111111"));
        Assert.Equal(6, Verhoeff.ComputeCheckDigit("23412341234"));
        Assert.Equal(46, FrenchNir.ComputeKey("1841276451089"));
        Assert.Equal(9, Pesel.ComputeCheckDigit("4405140135"));
        Assert.Equal(3, DutchBsn.ComputeCheckDigit("11122233"));
        Assert.Equal('Z', SpanishNif.ComputeLetter("12345678"));
        Assert.Equal('S', ItalianFiscalCode.ComputeCheckCharacter("RSSMRA85T10A562"));
        Assert.Equal(9, NhsNumber.ComputeCheckDigit("943476591"));
        Assert.Equal(9, SteuerId.ComputeCheckDigit("8609574271"));
        Assert.Equal(6, Personnummer.ComputeCheckDigit("811218987"));
    }

    [Fact]
    public void Base58CheckAndBech32RoundTrip()
    {
        var payload = Base58Check.Decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        Assert.NotNull(payload);
        Assert.Equal("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", Base58Check.Encode(payload));

        var decoded = Bech32.Decode("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        Assert.NotNull(decoded);
        Assert.Equal("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", Bech32.Encode(decoded.Value.Hrp, decoded.Value.Data));
    }
}
