using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Tests.Validation;

/// <summary>Check-digit validators on published examples, their one-digit changes and malformed input.</summary>
public sealed class IdentifierValidatorTests
{
    [Theory]
    [InlineData("luhn", "4111 1111 1111 1111", true)]
    [InlineData("luhn", "4111-1111-1111-1112", false)]
    [InlineData("luhn", "5500 0000 0000 0004", true)]
    [InlineData("luhn", "3782 822463 10005", true)]
    [InlineData("luhn", "79927398713", false)]
    [InlineData("iban", "GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("iban", "GB82 WEST 1234 5698 7654 31", false)]
    [InlineData("iban", "DE89 3704 0044 0532 0130 00", true)]
    [InlineData("iban", "DE89 3704 0044 0532 0130 0", false)]
    [InlineData("iban", "XX89 3704 0044 0532 0130 00", false)]
    [InlineData("verhoeff", "2341 2341 2346", true)]
    [InlineData("verhoeff", "2341 2341 2347", false)]
    [InlineData("verhoeff", "1341 2341 2346", false)]
    [InlineData("nl-bsn", "111222333", true)]
    [InlineData("nl-bsn", "123456782", true)]
    [InlineData("nl-bsn", "123456789", false)]
    [InlineData("pl-pesel", "44051401359", true)]
    [InlineData("pl-pesel", "44051401358", false)]
    [InlineData("pl-pesel", "44133101351", false)]
    [InlineData("uk-nhs", "943 476 5919", true)]
    [InlineData("uk-nhs", "943 476 5918", false)]
    [InlineData("es-dni", "12345678Z", true)]
    [InlineData("es-dni", "12345678A", false)]
    [InlineData("es-dni", "X1234567L", true)]
    [InlineData("es-dni", "Y1234567X", true)]
    [InlineData("se-personnummer", "811218-9876", true)]
    [InlineData("se-personnummer", "19811218-9876", true)]
    [InlineData("se-personnummer", "811218-9875", false)]
    [InlineData("se-personnummer", "811318-9876", false)]
    [InlineData("de-steuer-id", "86 095 742 719", true)]
    [InlineData("de-steuer-id", "86 095 742 718", false)]
    [InlineData("de-steuer-id", "06 095 742 719", false)]
    [InlineData("fr-nir", "2 69 05 49 588 157 80", true)]
    [InlineData("fr-nir", "2 69 05 49 588 157 81", false)]
    [InlineData("fr-nir", "3 69 05 49 588 157 80", false)]
    [InlineData("it-codice-fiscale", "RSSMRA85T10A562S", true)]
    [InlineData("it-codice-fiscale", "RSSMRA85T10A562T", false)]
    [InlineData("it-codice-fiscale", "RSSMRA85Z10A562S", false)]
    [InlineData("us-ssn", "536-22-8726", true)]
    [InlineData("us-ssn", "666-22-8726", false)]
    [InlineData("us-ssn", "936-22-8726", false)]
    [InlineData("us-ssn", "536-00-8726", false)]
    [InlineData("us-ssn", "078-05-1120", false)]
    [InlineData("uk-nino", "AB 12 34 56 C", true)]
    [InlineData("uk-nino", "QQ 12 34 56 C", false)]
    [InlineData("uk-nino", "GB 12 34 56 A", false)]
    [InlineData("uk-nino", "AB 12 34 56 E", false)]
    [InlineData("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", true)]
    [InlineData("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", true)]
    [InlineData("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", false)]
    [InlineData("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", true)]
    [InlineData("bitcoin", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", true)]
    [InlineData("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp", false)]
    [InlineData("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", true)]
    [InlineData("bitcoin", "bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", false)]
    public void Published_examples_pass_and_altered_ones_fail(string validator, string candidate, bool valid) =>
        Assert.Equal(valid, IdentifierValidators.Find(validator)!.IsValid(candidate));

    [Theory]
    [InlineData("4111 1111 1111 1111", "Visa")]
    [InlineData("5500 0000 0000 0004", "Mastercard")]
    [InlineData("2223 0031 2200 3222", "Mastercard")]
    [InlineData("3782 822463 10005", "American Express")]
    [InlineData("6011 1111 1111 1117", "Discover")]
    [InlineData("3530 1113 3330 0000", "JCB")]
    [InlineData("3056 9309 0259 04", "Diners Club")]
    [InlineData("4111 1111 1111 1112", null)]
    [InlineData("1234 5678 1234 5670", null)]
    [InlineData("3782 8224 6310 0050", null)]
    public void Card_numbers_pass_Luhn_and_an_issuers_prefix_and_length(string candidate, string? issuer)
    {
        Assert.Equal(issuer, CreditCardValidator.Issuer(candidate));
        Assert.Equal(issuer is not null, IdentifierValidators.Find("credit-card")!.IsValid(candidate));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("4111_1111_1111_1111")]
    [InlineData("４１１１１１１１１１１１１１１１")]
    [InlineData("12345678901234567890123")]
    public void Malformed_input_is_invalid_for_every_validator(string candidate) =>
        Assert.All(IdentifierValidators.All, validator => Assert.False(validator.IsValid(candidate), validator.Name));

    [Fact]
    public void Validators_are_found_by_name_ignoring_case_and_names_are_unique()
    {
        Assert.IsType<IbanValidator>(IdentifierValidators.Find("IBAN"));
        Assert.Null(IdentifierValidators.Find("crc32"));
        Assert.Equal(IdentifierValidators.All.Count, IdentifierValidators.All.Select(v => v.Name).Distinct().Count());
    }
}
